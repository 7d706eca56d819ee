package io.demarc.contracts;

import static io.demarc.contracts.CompletePayloads.FINDING;
import static io.demarc.contracts.CompletePayloads.RESOURCE;
import static io.demarc.contracts.CompletePayloads.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reading an event together with its contract's checks, as every consumer does. */
class CompleteEventReadTest {

    @Test
    void aCompleteEventIsReadAsSent() {
        CloudEvent<ResourceChanged> sent = EventCodec.envelope("/demarc/inventory", ResourceChanged.TYPE, "acme",
                null, RESOURCE);

        assertThat(EventCodec.readComplete(EventCodec.write(sent), ResourceChanged.TYPE, ResourceChanged.class))
                .isEqualTo(sent);
    }

    @Test
    void theDataMustNameTheEnvelopesTenant() {
        String json = write(FindingChanged.TYPE, "globex", FINDING);

        assertThatThrownBy(() -> EventCodec.readComplete(json, FindingChanged.TYPE, FindingChanged.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageEndingWith("is for tenant globex but its data names tenant acme");
    }

    @Test
    void dataWithoutTenantIsRefused() {
        String json = write(ResourceChanged.TYPE, "acme", without(RESOURCE, "tenantId"));

        assertThatThrownBy(() -> EventCodec.readComplete(json, ResourceChanged.TYPE, ResourceChanged.class))
                .isInstanceOf(InvalidEventException.class).hasMessageEndingWith(": tenantId is missing");
    }

    @Test
    void theRefusalNamesTheEventItsTypeAndTheField() {
        CloudEvent<ResourceChanged> event = EventCodec.envelope("/demarc/inventory", ResourceChanged.TYPE, "acme",
                null, without(RESOURCE, "item.resourceId"));

        assertThatThrownBy(() -> EventCodec.requireComplete(event)).isInstanceOf(InvalidEventException.class)
                .hasMessage("event " + event.id() + " (" + ResourceChanged.TYPE + "): item.resourceId is missing");
    }

    @Test
    void anEnvelopeWithoutDataIsRefused() {
        CloudEvent<ResourceChanged> event = EventCodec.envelope("/demarc/inventory", ResourceChanged.TYPE, "acme",
                null, null);

        assertThatThrownBy(() -> EventCodec.requireComplete(event)).isInstanceOf(InvalidEventException.class)
                .hasMessage("event " + event.id() + " has no data");
    }

    @Test
    void envelopeChecksStillComeFirst() {
        String noTenant = write(ResourceChanged.TYPE, null, RESOURCE);

        assertThatThrownBy(() -> EventCodec.readComplete(noTenant, ResourceChanged.TYPE, ResourceChanged.class))
                .isInstanceOf(InvalidEventException.class).hasMessage("the event has no tenantid");
        assertThatThrownBy(() -> EventCodec.readComplete("{}", ResourceChanged.TYPE, ResourceChanged.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("specversion");
    }

    private static String write(String type, String tenant, Object data) {
        return EventCodec.write(EventCodec.envelope("/demarc/test", type, tenant, null, data));
    }
}
