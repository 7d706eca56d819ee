package io.demarc.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Inventory learned something about a resource: its current configuration item, or that it was deleted.
 *
 * @param change what happened to the resource
 * @param item the configuration item as stored by inventory (for a deletion, the deletion notice AWS Config sent,
 *        whose configuration is usually empty)
 * @param itemHash SHA-256 of the item's canonical JSON as inventory computed it at ingest, so consumers need not hash
 *        the item again; null from producers that did not compute it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceChanged(String tenantId, Change change, ConfigurationItem item, String itemHash)
        implements
            EventData {

    public static final String TYPE = "io.demarc.inventory.resource.changed.v1";

    public enum Change {
        UPSERTED, DELETED
    }

    /** A change whose item hash consumers compute themselves. */
    public ResourceChanged(String tenantId, Change change, ConfigurationItem item) {
        this(tenantId, change, item, null);
    }

    /** The item must identify its resource and say when it was captured, which orders the changes of one resource. */
    @Override
    public void requireComplete() {
        Fields.require(tenantId, "tenantId");
        Fields.require(change, "change");
        Fields.require(item, "item");
        Fields.require(item.accountId(), "item.accountId");
        Fields.require(item.resourceType(), "item.resourceType");
        Fields.require(item.resourceId(), "item.resourceId");
        Fields.require(item.configurationItemCaptureTime(), "item.configurationItemCaptureTime");
    }
}
