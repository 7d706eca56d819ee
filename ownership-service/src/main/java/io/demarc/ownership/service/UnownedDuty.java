package io.demarc.ownership.service;

import java.util.List;

import io.demarc.catalog.responsibility.Side;
import io.demarc.ownership.model.TenantResource;

/**
 * A CUSTOMER or SHARED duty of a type in use that some of the type's resources have no RESPONSIBLE owner for today.
 *
 * @param resourceCount the type's resources that exist now
 * @param uncovered those of them without an owner for the domain, by key
 */
public record UnownedDuty(String resourceType, String domain, Side side, int resourceCount,
        List<TenantResource> uncovered) {

    /** Orders and pages the list: a type name and a domain id contain no {@code |}. */
    public String key() {
        return resourceType + "|" + domain;
    }
}
