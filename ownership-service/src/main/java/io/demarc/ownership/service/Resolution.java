package io.demarc.ownership.service;

import java.util.Map;

import io.demarc.catalog.responsibility.Side;
import io.demarc.contracts.Assignment;
import io.demarc.contracts.ResourceRef;

/**
 * Who owns one domain of one resource today.
 *
 * @param side who carries the domain for the resource's type; null for a type the catalog does not know
 * @param tags the resource's tags as last reported, which TAG scopes matched against
 * @param responsible the deciding RESPONSIBLE assignment and why it wins; null when none covers the resource
 * @param accountable the same for ACCOUNTABLE
 */
public record Resolution(ResourceRef resource, Map<String, String> tags, String domain, Side side, Winner responsible,
        Winner accountable) {

    /** The assignment that decides, and in words why it beats the others that match. */
    public record Winner(Assignment assignment, String why) {
    }
}
