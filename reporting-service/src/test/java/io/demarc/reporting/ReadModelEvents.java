package io.demarc.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.demarc.contracts.AccountChanged;
import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.AttestationChanged;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.DriftDetected;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ExceptionChanged;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.MatrixCell;
import io.demarc.contracts.MatrixChanged;
import io.demarc.contracts.ResourceChanged;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.Severity;
import io.demarc.contracts.TeamRef;

/** The events reporting reads, built as their producers write them, with what a test does not care about filled in. */
final class ReadModelEvents {

    static final TeamRef PLATFORM_TEAM = new TeamRef("team-platform", "Platform", "platform@example.com", null);
    static final TeamRef DATA_TEAM = new TeamRef("team-data", "Data", "data@example.com", null);

    private ReadModelEvents() {
    }

    /** A finding of {@code controlId} on resource {@code resourceId}; its id is derived from both, as assessment's is. */
    static FindingChanged finding(String tenant, String controlId, String account, String resourceId,
            FindingStatus status, Severity severity, TeamRef owner, String exceptionId, Instant at) {
        ResourceRef resource = new ResourceRef(account, "eu-west-1", "AWS::EC2::SecurityGroup", resourceId,
                "arn:aws:ec2:eu-west-1:" + account + ":security-group/" + resourceId);
        return new FindingChanged(tenant, controlId + "@" + account + "/" + resourceId, controlId,
                "Title of " + controlId, severity, status, null, resource, at, at.minusSeconds(60), "sha256:x",
                JsonNodeFactory.instance.objectNode(), "Fix " + controlId, "network-configuration", owner,
                owner == null, at, at, Map.of(), exceptionId, exceptionId == null ? null : at.plusSeconds(86_400));
    }

    static ResourceChanged resource(String tenant, String account, String type, String id, Instant captured,
            boolean deleted) {
        ConfigurationItem item = new ConfigurationItem(account, "eu-west-1", type, id, id, null, captured,
                String.valueOf(captured.toEpochMilli()), deleted ? "ResourceDeleted" : "OK", Map.of(),
                JsonNodeFactory.instance.objectNode(), null);
        return new ResourceChanged(tenant, deleted ? ResourceChanged.Change.DELETED : ResourceChanged.Change.UPSERTED,
                item);
    }

    static AccountChanged account(String tenant, String account, AccountChanged.Change change, Instant at) {
        return new AccountChanged(tenant, change, account, "Account " + account, "production", List.of("eu-west-1"),
                "VERIFIED", null, at);
    }

    /** A row where host OS is AWS's, network configuration is owned by {@code networkOwner} and data is unowned. */
    static MatrixChanged matrixRow(String tenant, String type, String serviceModel, TeamRef networkOwner) {
        return new MatrixChanged(tenant, type, MatrixChanged.Change.TYPE_ADDED, serviceModel, List.of(
                new MatrixCell("host-os", "AWS", "INHERITED", null, false),
                new MatrixCell("network-configuration", "CUSTOMER", "CUSTOMER_SPECIFIC", networkOwner,
                        networkOwner == null),
                new MatrixCell("data-classification", "CUSTOMER", "CUSTOMER_SPECIFIC", null, true)),
                List.of("network-configuration", "data-classification"));
    }

    static MatrixChanged matrixRemoved(String tenant, String type) {
        return new MatrixChanged(tenant, type, MatrixChanged.Change.TYPE_REMOVED, null, List.of(), List.of());
    }

    static AttestationChanged attestation(String tenant, String id, String framework, String requirement,
            LocalDate from, LocalDate until, AttestationChanged.Change change, Instant at) {
        return new AttestationChanged(tenant, id, change, framework, requirement, "We do it.", "alice@example.com",
                "policy.pdf", "ab".repeat(32), from, until, at);
    }

    static ExceptionChanged exception(String tenant, String id, String controlId, ExceptionChanged.State state,
            Instant at) {
        return new ExceptionChanged(tenant, id, state, controlId, null, AssignmentScope.tenant(), "Accepted risk",
                "bob@example.com", at, state == ExceptionChanged.State.APPROVED ? "carol@example.com" : null,
                state == ExceptionChanged.State.APPROVED ? at : null, at.plusSeconds(86_400 * 30), "carol@example.com",
                at);
    }

    static DriftDetected drift(String tenant, String id, Instant at) {
        return new DriftDetected(tenant, id, "baseline-1",
                new ResourceRef("111111111111", "eu-west-1", "AWS::S3::Bucket", "bucket-1", null),
                JsonNodeFactory.instance.arrayNode(), "sha256:y", at);
    }

    static String event(String type, String tenant, Object data) {
        return EventCodec.write(EventCodec.envelope("urn:demarc:test", type, tenant, "subject", data));
    }

    static String event(FindingChanged data) {
        return event(FindingChanged.TYPE, data.tenantId(), data);
    }
}
