package io.demarc.contracts;

import static io.demarc.contracts.CompletePayloads.ASSIGNMENT;
import static io.demarc.contracts.CompletePayloads.MATRIX;
import static io.demarc.contracts.CompletePayloads.assertComplete;
import static io.demarc.contracts.CompletePayloads.assertMissing;
import static io.demarc.contracts.CompletePayloads.blank;
import static io.demarc.contracts.CompletePayloads.with;
import static io.demarc.contracts.CompletePayloads.without;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What consumers may rely on in ownership's assignment and matrix events. */
class OwnershipContractChecksTest {

    @Test
    void anAssignmentWithItsRequiredFieldsOnlyIsComplete() {
        assertComplete(ASSIGNMENT);
        AssignmentChanged minimal = ASSIGNMENT;
        for (String optional : new String[]{"assignment.effectiveTo", "assignment.assignedBy",
                "assignment.assignedAt", "assignment.team.contactEmail", "assignment.team.name"}) {
            minimal = without(minimal, optional);
        }
        assertComplete(minimal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "change", "assignment", "assignment.assignmentId", "assignment.domain",
            "assignment.role", "assignment.scope", "assignment.scope.kind", "assignment.team",
            "assignment.team.teamId"})
    void anAssignmentNeeds(String field) {
        assertMissing(without(ASSIGNMENT, field), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "assignment.assignmentId", "assignment.domain", "assignment.team.teamId"})
    void anAssignmentRefusesBlank(String field) {
        assertMissing(blank(ASSIGNMENT, field), field);
    }

    @Test
    void aRevocationNeedsOnlyTheIdOfWhatItRevokes() {
        AssignmentChanged revoked = with(ASSIGNMENT, "change", "REVOKED");
        for (String field : List.of("assignment.domain", "assignment.role", "assignment.scope", "assignment.team")) {
            revoked = without(revoked, field);
        }

        assertComplete(revoked);
        assertMissing(without(revoked, "assignment.assignmentId"), "assignment.assignmentId");
        assertMissing(without(revoked, "assignment"), "assignment");
    }

    @Test
    void aMatrixRowWithItsRequiredFieldsOnlyIsComplete() {
        assertComplete(MATRIX);
        assertComplete(without(without(without(MATRIX, "serviceModel"), "newDuties"), "cells[1].owner"));
    }

    @Test
    void aRemovedTypeNeedsNoCells() {
        assertComplete(without(with(MATRIX, "change", "TYPE_REMOVED"), "cells"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "resourceType", "change", "cells[0].domain", "cells[1].side"})
    void aMatrixRowNeeds(String field) {
        assertMissing(without(MATRIX, field), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "resourceType", "cells[1].domain", "cells[0].side"})
    void aMatrixRowRefusesBlank(String field) {
        assertMissing(blank(MATRIX, field), field);
    }
}
