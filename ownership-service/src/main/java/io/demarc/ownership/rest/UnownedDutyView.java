package io.demarc.ownership.rest;

import java.util.List;

import io.demarc.catalog.responsibility.Side;
import io.demarc.contracts.ResourceRef;

/**
 * A customer duty some resources have no RESPONSIBLE owner for today.
 *
 * @param resourceCount how many resources of the type exist
 * @param uncoveredCount how many of them have no owner for the domain
 * @param uncovered the first of those, by key (at most {@value io.demarc.ownership.mapping.DutyMapper#FIRST})
 */
public record UnownedDutyView(String resourceType, String domain, Side side, int resourceCount, int uncoveredCount,
        List<ResourceRef> uncovered) {
}
