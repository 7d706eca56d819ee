package io.demarc.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class EventCodecTest {

    static final ConfigurationItem ITEM = new ConfigurationItem("264683526309", "us-east-1",
            "AWS::EC2::SecurityGroup", "sg-1d56fc66", "launch-wizard-7",
            "arn:aws:ec2:us-east-1:264683526309:security-group/sg-1d56fc66",
            Instant.parse("2016-06-09T08:59:59.139Z"), "58", "OK", Map.of("env", "prod"),
            JsonNodeFactory.instance.objectNode().put("groupId", "sg-1d56fc66"), null);

    @Test
    void roundTripsAResourceChangedEvent() {
        CloudEvent<ResourceChanged> sent = EventCodec.envelope("/demarc/inventory", ResourceChanged.TYPE, "acme",
                ITEM.arn(), new ResourceChanged("acme", ResourceChanged.Change.UPSERTED, ITEM));

        CloudEvent<ResourceChanged> received = EventCodec.read(EventCodec.write(sent), ResourceChanged.TYPE,
                ResourceChanged.class);

        assertThat(received).isEqualTo(sent);
        assertThat(received.data().item().configurationItemCaptureTime())
                .isEqualTo(ITEM.configurationItemCaptureTime());
    }

    @Test
    void writesTimesAsIsoStrings() {
        String json = EventCodec.write(EventCodec.envelope("/demarc/inventory", ResourceChanged.TYPE, "acme", null,
                new ResourceChanged("acme", ResourceChanged.Change.UPSERTED, ITEM)));

        assertThat(json).contains("\"configurationItemCaptureTime\":\"2016-06-09T08:59:59.139Z\"")
                .contains("\"specversion\":\"1.0\"").contains("\"tenantid\":\"acme\"");
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> EventCodec.read("{not json", ResourceChanged.TYPE, ResourceChanged.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("not a CloudEvents JSON envelope");
    }

    @Test
    void rejectsAnEventOfAnotherType() {
        String finding = EventCodec.write(EventCodec.envelope("/x", FindingChanged.TYPE, "acme", null, Map.of()));

        assertThatThrownBy(() -> EventCodec.read(finding, ResourceChanged.TYPE, ResourceChanged.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("expected type");
    }

    @Test
    void rejectsAnEventWithoutTenant() {
        String json = EventCodec.write(EventCodec.envelope("/x", ResourceChanged.TYPE, null, null,
                new ResourceChanged("acme", ResourceChanged.Change.UPSERTED, ITEM)));

        assertThatThrownBy(() -> EventCodec.read(json, ResourceChanged.TYPE, ResourceChanged.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("tenantid");
    }

    @Test
    void keysKeepOneResourceOnOnePartition() {
        assertThat(EventKeys.forResource("acme", ITEM.ref()))
                .isEqualTo("acme/264683526309/AWS::EC2::SecurityGroup/sg-1d56fc66");
    }

    @Test
    void typeOfPeeksAtTheEnvelopeAndRejectsWhatIsNotOne() {
        String json = EventCodec.write(EventCodec.envelope("/demarc/inventory", ResourceChanged.TYPE, "acme", null,
                new ResourceChanged("acme", ResourceChanged.Change.UPSERTED, ITEM)));

        assertThat(EventCodec.typeOf(json)).isEqualTo(ResourceChanged.TYPE);
        assertThatThrownBy(() -> EventCodec.typeOf("not json")).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventCodec.typeOf("{\"type\": 3}")).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventCodec.typeOf(null)).isInstanceOf(InvalidEventException.class);
    }
}
