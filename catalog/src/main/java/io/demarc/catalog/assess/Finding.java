package io.demarc.catalog.assess;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;

/**
 * One control's verdict on one resource (or, for account-scoped controls, on an account and region: resource type
 * {@value OfflineAssessment#ACCOUNT_TYPE}, resource id the account id).
 *
 * @param resourceName where known
 * @param arn where known
 * @param message why a control did not decide (ERROR); null otherwise
 * @param observed what the control saw when it failed (its evidence expression); null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String controlId, FindingStatus status, Severity severity, String resourceType,
        String resourceId, String resourceName, String arn, String accountId, String region,
        Map<String, List<String>> references, String message, JsonNode observed) {
}
