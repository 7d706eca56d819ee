package io.demarc.reporting.messaging;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.InvalidEventException;

/** The checks an event must pass beyond the envelope's before a read model trusts it. */
final class EventChecks {

    private EventChecks() {
    }

    /** @throws InvalidEventException when the data names another tenant than the envelope */
    static void sameTenant(CloudEvent<?> event, String dataTenant) {
        if (!event.tenantid().equals(dataTenant)) {
            throw new InvalidEventException("event " + event.id() + " is for tenant " + event.tenantid()
                    + " but its data names tenant " + dataTenant);
        }
    }

    /** @throws InvalidEventException when a field the read model needs is missing or blank */
    static void require(Object value, String field, CloudEvent<?> event) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidEventException("event " + event.id() + " has no " + field);
        }
    }
}
