package io.demarc.ownership.rest;

import java.util.Map;

import io.demarc.catalog.responsibility.Side;
import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.RaciRole;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.TeamRef;

/**
 * Who owns one domain of one resource today.
 *
 * @param side who carries the domain for the type; null when the catalog does not know the type
 * @param unowned true when the customer has a duty here and no RESPONSIBLE assignment covers the resource
 * @param responsible the owner, or null when none
 * @param accountable the team that answers for it, or null when none
 */
public record ResolutionView(ResourceRef resource, Map<String, String> tags, String domain, Side side,
        boolean unowned, OwnerView responsible, OwnerView accountable) {

    /**
     * The assignment that decides.
     *
     * @param why in words, why it beats the other assignments that match, such as "scope RESOURCE_TYPE beats TENANT"
     */
    public record OwnerView(String assignmentId, TeamRef team, RaciRole role, AssignmentScope scope, String why) {
    }
}
