package io.demarc.assessment.messaging;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.InvalidEventException;
import io.demarc.contracts.ResourceChanged;

/** What assessment needs of a resource-changed event beyond the envelope checks of the codec. */
final class ResourceChangedEvents {

    private ResourceChangedEvents() {
    }

    /** @throws InvalidEventException when the event cannot be assessed; it is a poison message */
    static void requireComplete(CloudEvent<ResourceChanged> event) {
        ResourceChanged data = event.data();
        if (data.tenantId() != null && !data.tenantId().equals(event.tenantid())) {
            throw new InvalidEventException("the data names tenant " + data.tenantId() + " but the event is for "
                    + event.tenantid());
        }
        if (data.change() == null) {
            throw new InvalidEventException("the event does not say what changed");
        }
        ConfigurationItem item = data.item();
        if (item == null) {
            throw new InvalidEventException("the event has no configuration item");
        }
        if (isBlank(item.accountId()) || isBlank(item.resourceType()) || isBlank(item.resourceId())) {
            throw new InvalidEventException("the configuration item lacks its account, resource type or resource id");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
