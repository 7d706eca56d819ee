package io.demarc.assessment.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.demarc.contracts.Assignment;
import io.demarc.contracts.OwnerResolver;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.TeamRef;

/** A tenant's assignments on one day, loaded once for all the findings of one change. */
public record TenantOwners(List<Assignment> assignments, LocalDate day) {

    /** The RESPONSIBLE team of the domain for the resource; null when nobody owns it. */
    public TeamRef ownerOf(ResourceRef resource, Map<String, String> tags, String domain) {
        if (domain == null) {
            return null;
        }
        return OwnerResolver.resolve(assignments, resource, tags, domain, day).map(Assignment::team).orElse(null);
    }
}
