package io.demarc.ownership.messaging;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.InvalidEventException;
import io.demarc.contracts.ResourceChanged;

/** The checks a resource event must pass beyond the envelope's, before ownership trusts it. */
final class ResourceEvents {

    private ResourceEvents() {
    }

    /** @throws InvalidEventException when a field ownership needs is missing or the tenants disagree */
    static void requireComplete(CloudEvent<ResourceChanged> event) {
        ResourceChanged data = event.data();
        if (!event.tenantid().equals(data.tenantId())) {
            throw new InvalidEventException("event " + event.id() + " is for tenant " + event.tenantid()
                    + " but its data names tenant " + data.tenantId());
        }
        require(data.change(), "change", event);
        ConfigurationItem item = data.item();
        require(item, "item", event);
        require(item.accountId(), "item.accountId", event);
        require(item.resourceType(), "item.resourceType", event);
        require(item.resourceId(), "item.resourceId", event);
        require(item.configurationItemCaptureTime(), "item.configurationItemCaptureTime", event);
    }

    private static void require(Object value, String field, CloudEvent<?> event) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidEventException("event " + event.id() + " has no " + field);
        }
    }
}
