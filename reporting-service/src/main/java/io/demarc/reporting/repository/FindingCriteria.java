package io.demarc.reporting.repository;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;

/**
 * What a finding list is narrowed to; null means "any". The tenant is always set.
 *
 * @param ownerTeamId the owning team's id, or {@link #UNOWNED} for findings nobody owns
 * @param framework a framework key the finding's control cites (e.g. cis-aws-3.0)
 * @param requirement a requirement id of {@code framework} the control cites (e.g. 5.2); only with a framework
 * @param resourceId the AWS resource id (with accountId and resourceType it names one resource)
 */
public record FindingCriteria(
        String tenantId,
        FindingStatus status,
        Severity severity,
        String controlId,
        String resourceType,
        String accountId,
        String ownerTeamId,
        String framework,
        String requirement,
        String resourceId) {

    /** The owner filter that selects findings without an owner, as the work queue of that name. */
    public static final String UNOWNED = "unowned";

    public FindingCriteria(String tenantId, FindingStatus status, Severity severity, String controlId,
            String resourceType, String accountId) {
        this(tenantId, status, severity, controlId, resourceType, accountId, null, null, null, null);
    }
}
