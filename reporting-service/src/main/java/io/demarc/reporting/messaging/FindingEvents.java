package io.demarc.reporting.messaging;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.InvalidEventException;
import io.demarc.contracts.ResourceRef;

/** The checks a finding event must pass beyond the envelope's, before the read model trusts it. */
final class FindingEvents {

    private FindingEvents() {
    }

    /** @throws InvalidEventException when a field the read model needs is missing or the tenants disagree */
    static void requireComplete(CloudEvent<FindingChanged> event) {
        FindingChanged data = event.data();
        if (!event.tenantid().equals(data.tenantId())) {
            throw new InvalidEventException("event " + event.id() + " is for tenant " + event.tenantid()
                    + " but its data names tenant " + data.tenantId());
        }
        require(data.findingId(), "findingId", event);
        require(data.controlId(), "controlId", event);
        require(data.severity(), "severity", event);
        require(data.status(), "status", event);
        require(data.evaluatedAt(), "evaluatedAt", event);
        ResourceRef resource = data.resource();
        require(resource, "resource", event);
        require(resource.accountId(), "resource.accountId", event);
        require(resource.resourceType(), "resource.resourceType", event);
        require(resource.resourceId(), "resource.resourceId", event);
    }

    private static void require(Object value, String field, CloudEvent<?> event) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidEventException("event " + event.id() + " has no " + field);
        }
    }
}
