package io.demarc.ownership.service;

import java.time.LocalDate;

import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.RaciRole;
import io.demarc.ownership.model.Team;

/**
 * What a caller asks for when making or changing an assignment, its team already found in the tenant.
 *
 * @param effectiveFrom null for today
 */
public record AssignmentInput(String domain, AssignmentScope scope, Team team, RaciRole role, LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}
