package io.demarc.reporting;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.Severity;

/** Finding events as assessment-service writes them, with defaults a test overrides where it matters. */
final class FindingEventFixtures {

    static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    private FindingEventFixtures() {
    }

    static String uniqueFindingId() {
        return "f-" + UUID.randomUUID();
    }

    /** A FAIL/PASS result of the "SSH open to the world" control on a security group of account 111122223333. */
    static FindingChanged finding(String tenantId, String findingId, FindingStatus status, Instant evaluatedAt) {
        return finding(tenantId, findingId, status, Severity.HIGH, "EC2.13", "AWS::EC2::SecurityGroup",
                "111122223333", evaluatedAt);
    }

    static FindingChanged finding(String tenantId, String findingId, FindingStatus status, Severity severity,
            String controlId, String resourceType, String accountId, Instant evaluatedAt) {
        String resourceId = "res-" + findingId;
        ResourceRef resource = new ResourceRef(accountId, "eu-west-1", resourceType, resourceId,
                "arn:aws:ec2:eu-west-1:" + accountId + ":security-group/" + resourceId);
        ObjectNode evidence = JsonNodeFactory.instance.objectNode();
        evidence.putArray("ipPermissions").addObject().put("fromPort", 22).put("cidrIp", "0.0.0.0/0");
        return new FindingChanged(tenantId, findingId, controlId, "No SSH from anywhere", severity, status, null,
                resource, evaluatedAt, evaluatedAt.minusSeconds(60), "sha256:" + findingId, evidence,
                "Restrict port 22 to known addresses.");
    }

    static String event(FindingChanged data) {
        return EventCodec.write(envelope(data.tenantId(), data));
    }

    /** An envelope whose tenant may differ from the one in its data, as a forged or broken producer would send. */
    static CloudEvent<FindingChanged> envelope(String envelopeTenant, FindingChanged data) {
        return EventCodec.envelope("urn:demarc:assessment-service", FindingChanged.TYPE, envelopeTenant,
                data.findingId(), data);
    }

    /** The same event id delivered again, with different content, as a redelivery after a crash could not have. */
    static String withId(String id, FindingChanged data) {
        CloudEvent<FindingChanged> e = envelope(data.tenantId(), data);
        return EventCodec.write(new CloudEvent<>(e.specversion(), id, e.source(), e.type(), e.subject(), e.time(),
                e.datacontenttype(), e.dataschema(), e.tenantid(), e.data()));
    }
}
