package io.demarc.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** What the codec writes must validate against the JSON Schemas published in this module. */
class EventSchemaTest {

    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.add(EventSchemaTest::toClasspath)));

    /** Schemas refer to each other by URN; they live on the classpath as {@code schemas/<name>.schema.json}. */
    static AbsoluteIri toClasspath(AbsoluteIri iri) {
        String urn = iri.toString();
        return urn.startsWith(EventCodec.schemaOf(""))
                ? AbsoluteIri
                        .of("classpath:schemas/" + urn.substring(EventCodec.schemaOf("").length()) + ".schema.json")
                : null;
    }

    static JsonSchema schema(String name) {
        return FACTORY.getSchema(SchemaLocation.of(EventCodec.schemaOf(name)));
    }

    static Set<ValidationMessage> validate(String schema, JsonNode node) {
        return schema(schema).validate(node);
    }

    @Test
    void resourceChangedEventMatchesItsSchemas() throws Exception {
        CloudEvent<ResourceChanged> event = EventCodec.envelope("/demarc/inventory", ResourceChanged.TYPE, "acme",
                null, new ResourceChanged("acme", ResourceChanged.Change.UPSERTED, EventCodecTest.ITEM));
        JsonNode json = EventCodec.mapper().readTree(EventCodec.write(event));

        assertThat(validate("cloudevent-envelope", json)).isEmpty();
        assertThat(validate(ResourceChanged.TYPE, json.get("data"))).isEmpty();
    }

    @Test
    void findingChangedEventMatchesItsSchemas() throws Exception {
        FindingChanged finding = new FindingChanged("acme", "f-1", "EC2.13", "SSH open", Severity.HIGH,
                FindingStatus.FAIL, null, EventCodecTest.ITEM.ref(), Instant.now(), Instant.now(), "a".repeat(64),
                null, "Close port 22");
        JsonNode json = EventCodec.mapper().readTree(EventCodec.write(
                EventCodec.envelope("/demarc/assessment", FindingChanged.TYPE, "acme", null, finding)));

        assertThat(validate("cloudevent-envelope", json)).isEmpty();
        assertThat(validate(FindingChanged.TYPE, json.get("data"))).isEmpty();
    }

    @Test
    void schemaRejectsAResourceWithoutAccount() throws Exception {
        JsonNode data = EventCodec.mapper().readTree(
                "{\"tenantId\":\"acme\",\"change\":\"UPSERTED\",\"item\":{\"resourceType\":\"AWS::S3::Bucket\"}}");

        assertThat(validate(ResourceChanged.TYPE, data)).isNotEmpty();
    }

    @Test
    void schemaAdmitsAwsAndDemarcTypesOnly() throws Exception {
        String template = "{\"tenantId\":\"acme\",\"change\":\"UPSERTED\",\"item\":{\"accountId\":\"111122223333\","
                + "\"resourceType\":\"%s\",\"resourceId\":\"111122223333\","
                + "\"configurationItemCaptureTime\":\"2026-11-01T10:00:00Z\"}}";

        assertThat(validate(ResourceChanged.TYPE, EventCodec.mapper().readTree(template.formatted(
                "Demarc::IAM::PasswordPolicy")))).isEmpty();
        assertThat(validate(ResourceChanged.TYPE, EventCodec.mapper().readTree(template.formatted(
                "Custom::Testing::WordPress")))).isNotEmpty();
    }

    @Test
    void everySchemaFileIsOnTheClasspath() throws Exception {
        for (String name : new String[]{ResourceChanged.TYPE, FindingChanged.TYPE, "resource-ref",
                "cloudevent-envelope"}) {
            try (InputStream in = getClass().getResourceAsStream("/schemas/" + name + ".schema.json")) {
                assertThat(in).as(name).isNotNull();
            }
        }
    }
}
