package io.demarc.contracts;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An AWS account of a tenant was registered, changed, removed, or its collection status changed.
 *
 * @param environment free text such as {@code production}
 * @param status PENDING, VERIFIED or FAILING
 * @param statusReason why the account is FAILING; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountChanged(
        String tenantId,
        Change change,
        String accountId,
        String name,
        String environment,
        List<String> regions,
        String status,
        String statusReason,
        Instant changedAt) implements EventData {

    public static final String TYPE = "io.demarc.inventory.account.changed.v1";

    public enum Change {
        REGISTERED, UPDATED, STATUS_CHANGED, REMOVED
    }

    public AccountChanged {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    @Override
    public void requireComplete() {
        Fields.require(tenantId, "tenantId");
        Fields.require(change, "change");
        Fields.require(accountId, "accountId");
    }
}
