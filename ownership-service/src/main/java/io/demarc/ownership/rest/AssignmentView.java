package io.demarc.ownership.rest;

import java.time.Instant;
import java.time.LocalDate;

import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.RaciRole;
import io.demarc.contracts.TeamRef;

/**
 * An assignment as the API shows it.
 *
 * @param activeToday whether it holds today (not revoked, today within its period)
 * @param assignedBy who made or last changed it
 */
public record AssignmentView(String assignmentId, String domain, AssignmentScope scope, TeamRef team, RaciRole role,
        LocalDate effectiveFrom, LocalDate effectiveTo, boolean revoked, boolean activeToday, String assignedBy,
        Instant assignedAt) {
}
