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
public record ResourceChanged(String tenantId, Change change, ConfigurationItem item, String itemHash) {

    public static final String TYPE = "io.demarc.inventory.resource.changed.v1";

    public enum Change {
        UPSERTED, DELETED
    }

    /** A change whose item hash consumers compute themselves. */
    public ResourceChanged(String tenantId, Change change, ConfigurationItem item) {
        this(tenantId, change, item, null);
    }
}
