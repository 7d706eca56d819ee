package io.demarc.ownership.rest;

/**
 * The headline figures of a tenant's ownership.
 *
 * @param customerDuties CUSTOMER and SHARED cells of the types in use
 * @param unownedDuties of those, how many leave at least one resource without a RESPONSIBLE owner today
 * @param activeAssignments assignments that hold today
 */
public record SummaryView(long resourceTypesInUse, int customerDuties, int unownedDuties, long teams,
        long activeAssignments) {
}
