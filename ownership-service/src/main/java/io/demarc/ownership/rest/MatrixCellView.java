package io.demarc.ownership.rest;

import io.demarc.catalog.responsibility.ControlClass;
import io.demarc.catalog.responsibility.Side;
import io.demarc.contracts.TeamRef;

/**
 * Who carries one control domain for one resource type.
 *
 * @param aws for a SHARED domain, what AWS does; {@code null} otherwise
 * @param customer for a SHARED domain, what the customer does; {@code null} otherwise
 * @param overridden whether the type departs from its service model's default here
 * @param note why it departs, when it does
 * @param evidence who must produce the compliance evidence: the customer for every CUSTOMER or SHARED domain
 * @param owner the RESPONSIBLE team at tenant or resource-type scope today; null when AWS's or unowned at that level
 * @param unowned true for a CUSTOMER or SHARED domain without such an owner (narrower scopes may still cover some
 *        resources: see the unowned duties)
 */
public record MatrixCellView(String domain, Side side, ControlClass controlClass, String aws, String customer,
        boolean overridden, String note, Side evidence, TeamRef owner, boolean unowned) {
}
