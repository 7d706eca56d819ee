package io.demarc.assessment.model;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link OwnerAssignment}. */
public class OwnerAssignmentId implements Serializable {

    public String tenantId;
    public String assignmentId;

    public OwnerAssignmentId() {
    }

    public OwnerAssignmentId(String tenantId, String assignmentId) {
        this.tenantId = tenantId;
        this.assignmentId = assignmentId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OwnerAssignmentId id && Objects.equals(tenantId, id.tenantId)
                && Objects.equals(assignmentId, id.assignmentId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, assignmentId);
    }
}
