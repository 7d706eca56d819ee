package io.demarc.assessment.messaging;

import io.demarc.contracts.Assignment;
import io.demarc.contracts.AssignmentChanged;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.InvalidEventException;

/** What assessment needs of an assignment-changed event beyond the envelope checks of the codec. */
final class AssignmentChangedEvents {

    private AssignmentChangedEvents() {
    }

    /** @throws InvalidEventException when the event cannot be applied; it is a poison message */
    static void requireComplete(CloudEvent<AssignmentChanged> event) {
        AssignmentChanged data = event.data();
        if (data.tenantId() != null && !data.tenantId().equals(event.tenantid())) {
            throw new InvalidEventException("the data names tenant " + data.tenantId() + " but the event is for "
                    + event.tenantid());
        }
        if (data.change() == null) {
            throw new InvalidEventException("the event does not say what changed");
        }
        Assignment assignment = data.assignment();
        if (assignment == null || isBlank(assignment.assignmentId())) {
            throw new InvalidEventException("the event has no assignment id");
        }
        if (data.change() == AssignmentChanged.Change.REVOKED) {
            return;
        }
        if (isBlank(assignment.domain()) || assignment.role() == null) {
            throw new InvalidEventException("the assignment lacks its domain or RACI role");
        }
        if (assignment.scope() == null || assignment.scope().kind() == null) {
            throw new InvalidEventException("the assignment has no scope");
        }
        if (assignment.team() == null || isBlank(assignment.team().teamId())) {
            throw new InvalidEventException("the assignment names no team");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
