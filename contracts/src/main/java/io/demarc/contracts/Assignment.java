package io.demarc.contracts;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A CUSTOMER or SHARED responsibility domain given to a team at a scope, for a period.
 *
 * @param domain a responsibility domain id of the catalog, e.g. {@code network-configuration}
 * @param effectiveFrom first day the assignment holds (UTC)
 * @param effectiveTo last day it holds, inclusive; null while open-ended
 * @param assignedBy the user who made (or last changed) the assignment
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Assignment(
        String assignmentId,
        String domain,
        AssignmentScope scope,
        TeamRef team,
        RaciRole role,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String assignedBy,
        Instant assignedAt) {

    /** Whether the assignment holds on the given day. */
    public boolean activeOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(Assignment other) {
        boolean startsBeforeOtherEnds = effectiveFrom == null || other.effectiveTo == null
                || !effectiveFrom.isAfter(other.effectiveTo);
        boolean otherStartsBeforeThisEnds = other.effectiveFrom == null || effectiveTo == null
                || !other.effectiveFrom.isAfter(effectiveTo);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
