package io.demarc.contracts;

/**
 * An assignment was made, changed or revoked. Consumers keep the tenant's assignments and resolve owners with
 * {@link OwnerResolver}, so they never call the ownership service.
 *
 * @param assignment the assignment as it now stands (for REVOKED, as it stood)
 */
public record AssignmentChanged(String tenantId, Change change, Assignment assignment) implements EventData {

    public static final String TYPE = "io.demarc.ownership.assignment.changed.v1";

    public enum Change {
        ASSIGNED, UPDATED, REVOKED
    }

    /** A revocation needs only the id of what it revokes; any other change needs the whole assignment. */
    @Override
    public void requireComplete() {
        Fields.require(tenantId, "tenantId");
        Fields.require(change, "change");
        Fields.require(assignment, "assignment");
        Fields.require(assignment.assignmentId(), "assignment.assignmentId");
        if (change == Change.REVOKED) {
            return;
        }
        Fields.require(assignment.domain(), "assignment.domain");
        Fields.require(assignment.role(), "assignment.role");
        Fields.require(assignment.scope(), "assignment.scope");
        Fields.require(assignment.scope().kind(), "assignment.scope.kind");
        Fields.require(assignment.team(), "assignment.team");
        Fields.require(assignment.team().teamId(), "assignment.team.teamId");
    }
}
