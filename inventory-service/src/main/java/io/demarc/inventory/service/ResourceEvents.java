package io.demarc.inventory.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.EventKeys;
import io.demarc.contracts.ResourceChanged;
import io.demarc.contracts.Topics;
import io.demarc.inventory.repository.ItemRow;
import io.demarc.service.outbox.SerializedEvent;

/**
 * The {@link ResourceChanged} event of a stored item, written around the item's JSON as the row stores it, so an import
 * serializes each item once.
 */
final class ResourceEvents {

    private ResourceEvents() {
    }

    /** The event carries the item's hash, so assessment does not hash it again. */
    static SerializedEvent changed(String tenantId, ItemRow row) {
        ResourceChanged.Change change = row.item().isDeletion()
                ? ResourceChanged.Change.DELETED
                : ResourceChanged.Change.UPSERTED;
        String key = EventKeys.forResource(tenantId, row.item().ref());
        CloudEvent<WrittenItemChange> event = EventCodec.envelope(ResourceWriter.SOURCE, ResourceChanged.TYPE,
                tenantId, key, new WrittenItemChange(tenantId, change, row.json(), row.hash()));
        return new SerializedEvent(Topics.INVENTORY_RESOURCES, key, tenantId, ResourceChanged.TYPE,
                EventCodec.write(event));
    }

    /** {@link ResourceChanged}'s JSON shape, field for field, with the item already written as JSON. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WrittenItemChange(String tenantId, ResourceChanged.Change change, @JsonRawValue String item,
            String itemHash) {
    }
}
