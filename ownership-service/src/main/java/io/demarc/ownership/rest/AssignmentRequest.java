package io.demarc.ownership.rest;

import java.time.LocalDate;

import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.RaciRole;

/**
 * An assignment to make, or its new state.
 *
 * @param domain a control domain id where the customer has a duty, such as {@code network-configuration}
 * @param teamId a team of the tenant
 * @param effectiveFrom first day it holds (UTC); today when left out
 * @param effectiveTo last day it holds, inclusive; open-ended when left out
 */
public record AssignmentRequest(String domain, AssignmentScope scope, String teamId, RaciRole role,
        LocalDate effectiveFrom, LocalDate effectiveTo) {
}
