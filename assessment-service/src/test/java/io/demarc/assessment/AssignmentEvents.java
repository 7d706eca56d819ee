package io.demarc.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.demarc.contracts.Assignment;
import io.demarc.contracts.AssignmentChanged;
import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.MatrixChanged;
import io.demarc.contracts.RaciRole;
import io.demarc.contracts.TeamRef;

/** Ownership events as ownership-service publishes them. */
final class AssignmentEvents {

    static final String NETWORK = "network-configuration";

    private AssignmentEvents() {
    }

    static TeamRef team(String id) {
        return new TeamRef(id, "Team " + id, id + "@example.com", null);
    }

    static Assignment responsible(String id, AssignmentScope scope, String teamId) {
        return new Assignment(id, NETWORK, scope, team(teamId), RaciRole.RESPONSIBLE, LocalDate.of(2020, 1, 1), null,
                "alice", Instant.parse("2025-01-01T00:00:00Z"));
    }

    static String assigned(String tenant, Assignment assignment) {
        return event(tenant, AssignmentChanged.Change.ASSIGNED, assignment);
    }

    static String revoked(String tenant, Assignment assignment) {
        return event(tenant, AssignmentChanged.Change.REVOKED, assignment);
    }

    static String event(String tenant, AssignmentChanged.Change change, Assignment assignment) {
        return EventCodec.write(EventCodec.envelope("/demarc/ownership-service", AssignmentChanged.TYPE, tenant,
                assignment == null ? null : assignment.assignmentId(),
                new AssignmentChanged(tenant, change, assignment)));
    }

    /** An ASSIGNED event whose data names {@code dataTenant} (possibly null) rather than the envelope's tenant. */
    static String withDataTenant(String tenant, String dataTenant, Assignment assignment) {
        return EventCodec.write(EventCodec.envelope("/demarc/ownership-service", AssignmentChanged.TYPE, tenant,
                assignment.assignmentId(), new AssignmentChanged(dataTenant, AssignmentChanged.Change.ASSIGNED,
                        assignment)));
    }

    static String matrixChanged(String tenant) {
        return EventCodec.write(EventCodec.envelope("/demarc/ownership-service", MatrixChanged.TYPE, tenant,
                "AWS::EC2::SecurityGroup", new MatrixChanged(tenant, "AWS::EC2::SecurityGroup",
                        MatrixChanged.Change.TYPE_ADDED, "IAAS", List.of(), List.of(NETWORK))));
    }
}
