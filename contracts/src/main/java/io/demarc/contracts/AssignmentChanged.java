package io.demarc.contracts;

/**
 * An assignment was made, changed or revoked. Consumers keep the tenant's assignments and resolve owners with
 * {@link OwnerResolver}, so they never call the ownership service.
 *
 * @param assignment the assignment as it now stands (for REVOKED, as it stood)
 */
public record AssignmentChanged(String tenantId, Change change, Assignment assignment) {

    public static final String TYPE = "io.demarc.ownership.assignment.changed.v1";

    public enum Change {
        ASSIGNED, UPDATED, REVOKED
    }
}
