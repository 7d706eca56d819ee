package io.demarc.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        for (String name : new String[]{ResourceChanged.TYPE, FindingChanged.TYPE, AccountChanged.TYPE,
                AssignmentChanged.TYPE, MatrixChanged.TYPE, ExceptionChanged.TYPE, AttestationChanged.TYPE,
                DriftDetected.TYPE, "resource-ref", "cloudevent-envelope", "team-ref", "assignment-scope"}) {
            try (InputStream in = getClass().getResourceAsStream("/schemas/" + name + ".schema.json")) {
                assertThat(in).as(name).isNotNull();
            }
        }
    }

    @Test
    void ownershipEventsMatchTheirSchemas() throws Exception {
        TeamRef team = new TeamRef("t-1", "Platform", "platform@example.com", null);
        Assignment assignment = new Assignment("a-1", "network-configuration",
                new AssignmentScope(AssignmentScope.Kind.TAG, "env=prod"), team, RaciRole.RESPONSIBLE,
                LocalDate.of(2026, 11, 1), null, "alice", Instant.now());
        MatrixChanged matrix = new MatrixChanged("acme", "AWS::EKS::Cluster", MatrixChanged.Change.TYPE_ADDED,
                "PAAS", List.of(new MatrixCell("physical-environmental", "AWS", "INHERITED", null, false),
                        new MatrixCell("network-configuration", "CUSTOMER", "CUSTOMER_SPECIFIC", team, false),
                        new MatrixCell("patch-management", "SHARED", "SHARED", null, true)),
                List.of("network-configuration", "patch-management"));

        assertValid(AssignmentChanged.TYPE, new AssignmentChanged("acme", AssignmentChanged.Change.ASSIGNED,
                assignment));
        assertValid(MatrixChanged.TYPE, matrix);
    }

    @Test
    void assignmentScopeSchemaRejectsAMalformedTagOrAccount() throws Exception {
        assertThat(validate("assignment-scope", EventCodec.mapper().readTree(
                "{\"kind\":\"TAG\",\"value\":\"no-equals-sign\"}"))).isNotEmpty();
        assertThat(validate("assignment-scope", EventCodec.mapper().readTree(
                "{\"kind\":\"ACCOUNT\",\"value\":\"12\"}"))).isNotEmpty();
        assertThat(validate("assignment-scope", EventCodec.mapper().readTree(
                "{\"kind\":\"RESOURCE_TYPE\"}"))).isNotEmpty();
        assertThat(validate("assignment-scope", EventCodec.mapper().readTree("{\"kind\":\"TENANT\"}"))).isEmpty();
    }

    @Test
    void accountAndAssessmentEventsMatchTheirSchemas() throws Exception {
        Instant now = Instant.now();
        assertValid(AccountChanged.TYPE, new AccountChanged("acme", AccountChanged.Change.STATUS_CHANGED,
                "111122223333", "prod", "production", List.of("eu-west-1"), "FAILING", "AccessDenied", now));
        assertValid(ExceptionChanged.TYPE, new ExceptionChanged("acme", "e-1", ExceptionChanged.State.APPROVED,
                "s3-bucket-versioning", null, new AssignmentScope(AssignmentScope.Kind.ACCOUNT, "111122223333"),
                "Logs bucket, replaced in Q1", "alice", now, "bob", now, now.plusSeconds(86_400), "bob", now));
        assertValid(AttestationChanged.TYPE, new AttestationChanged("acme", "at-1",
                AttestationChanged.Change.RECORDED, "soc2", "cc_1_3", "Board oversight reviewed", "carol",
                "minutes.pdf", "b".repeat(64), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), now));
        assertValid(DriftDetected.TYPE, new DriftDetected("acme", "d-1", "b-1", EventCodecTest.ITEM.ref(),
                EventCodec.mapper().readTree("[{\"op\":\"replace\",\"path\":\"/versioning\",\"value\":1}]"),
                "c".repeat(64), now));
    }

    @Test
    void anExceptionMustCoverAFindingOrAScope() throws Exception {
        ExceptionChanged neither = new ExceptionChanged("acme", "e-1", ExceptionChanged.State.REQUESTED, "c", null,
                null, "why", "alice", Instant.now(), null, null, Instant.now(), "alice", Instant.now());
        JsonNode data = EventCodec.mapper().valueToTree(neither);

        assertThat(validate(ExceptionChanged.TYPE, data)).isNotEmpty();
    }

    private static void assertValid(String type, Object data) throws Exception {
        JsonNode json = EventCodec.mapper().readTree(EventCodec.write(
                EventCodec.envelope("/demarc/test", type, "acme", null, data)));
        assertThat(validate("cloudevent-envelope", json)).isEmpty();
        assertThat(validate(type, json.get("data"))).as(type).isEmpty();
    }
}
