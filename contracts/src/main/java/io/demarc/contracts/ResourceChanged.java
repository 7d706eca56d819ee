package io.demarc.contracts;

/**
 * Inventory learned something about a resource: its current configuration item, or that it was deleted.
 *
 * @param change what happened to the resource
 * @param item the configuration item as stored by inventory (for a deletion, the last known state)
 */
public record ResourceChanged(String tenantId, Change change, ConfigurationItem item) {

    public static final String TYPE = "io.demarc.inventory.resource.changed.v1";

    public enum Change {
        UPSERTED, DELETED
    }
}
