package io.demarc.contracts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One complete payload of every contract, and copies of them with one field taken out or blanked, made through their
 * JSON so a test names the field exactly as the rejection message and the schema do.
 */
final class CompletePayloads {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final TeamRef TEAM = new TeamRef("team-1", "Platform", "platform@example.com", null);
    static final ResourceRef BUCKET = new ResourceRef("111122223333", "eu-west-1", "AWS::S3::Bucket", "logs",
            "arn:aws:s3:::logs");

    static final ResourceChanged RESOURCE = new ResourceChanged("acme", ResourceChanged.Change.UPSERTED,
            EventCodecTest.ITEM, "a".repeat(64));
    static final AssignmentChanged ASSIGNMENT = new AssignmentChanged("acme", AssignmentChanged.Change.ASSIGNED,
            new Assignment("a-1", "network-configuration", new AssignmentScope(AssignmentScope.Kind.TAG, "env=prod"),
                    TEAM, RaciRole.RESPONSIBLE, LocalDate.of(2026, 1, 1), null, "alice", NOW));
    static final MatrixChanged MATRIX = new MatrixChanged("acme", "AWS::EKS::Cluster",
            MatrixChanged.Change.TYPE_ADDED, "PAAS",
            List.of(new MatrixCell("physical-environmental", "AWS", "INHERITED", null, false),
                    new MatrixCell("network-configuration", "CUSTOMER", "CUSTOMER_SPECIFIC", TEAM, false)),
            List.of("network-configuration"));
    static final AccountChanged ACCOUNT = new AccountChanged("acme", AccountChanged.Change.REGISTERED,
            "111122223333", "prod", "production", List.of("eu-west-1"), "PENDING", null, NOW);
    static final FindingChanged FINDING = new FindingChanged("acme", "f-1", "s3-bucket-versioning",
            "Bucket versioning", Severity.MEDIUM, FindingStatus.FAIL, FindingStatus.PASS, BUCKET, NOW, NOW,
            "b".repeat(64), JsonNodeFactory.instance.objectNode(), "Turn versioning on.");
    static final ExceptionChanged EXCEPTION = new ExceptionChanged("acme", "e-1", ExceptionChanged.State.APPROVED,
            "s3-bucket-versioning", "f-1", null, "Replaced in Q1", "alice", NOW, "bob", NOW,
            NOW.plusSeconds(86_400), "bob", NOW);
    static final AttestationChanged ATTESTATION = new AttestationChanged("acme", "at-1",
            AttestationChanged.Change.RECORDED, "soc2", "cc_1_3", "Board oversight reviewed", "carol", "minutes.pdf",
            "c".repeat(64), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), NOW);
    static final DriftDetected DRIFT = new DriftDetected("acme", "d-1", "b-1", BUCKET,
            JsonNodeFactory.instance.arrayNode(), "d".repeat(64), NOW);

    private CompletePayloads() {
    }

    /** A copy of {@code payload} without the field at the dotted {@code path} (array items as {@code cells[1]}). */
    static <T> T without(T payload, String path) {
        return change(payload, path, null);
    }

    /** A copy of {@code payload} whose text field at {@code path} is blank. */
    static <T> T blank(T payload, String path) {
        return change(payload, path, JsonNodeFactory.instance.textNode(" "));
    }

    /** A copy of {@code payload} whose field at {@code path} holds {@code text}. */
    static <T> T with(T payload, String path, String text) {
        return change(payload, path, JsonNodeFactory.instance.textNode(text));
    }

    static void assertComplete(EventData payload) {
        assertThatCode(payload::requireComplete).as(payload.toString()).doesNotThrowAnyException();
    }

    static void assertMissing(EventData payload, String field) {
        assertThatThrownBy(payload::requireComplete).isInstanceOf(InvalidEventException.class)
                .hasMessage(field + " is missing");
    }

    @SuppressWarnings("unchecked")
    private static <T> T change(T payload, String path, JsonNode value) {
        ObjectNode json = EventCodec.mapper().valueToTree(payload);
        String[] steps = path.split("\\.");
        JsonNode parent = json;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        try {
            return (T) EventCodec.mapper().treeToValue(json, payload.getClass());
        } catch (Exception e) {
            throw new IllegalStateException("cannot rebuild " + payload.getClass().getSimpleName(), e);
        }
    }

    private static JsonNode step(JsonNode node, String step) {
        int bracket = step.indexOf('[');
        if (bracket < 0) {
            return node.get(step);
        }
        int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
        return node.get(step.substring(0, bracket)).get(index);
    }
}
