package io.demarc.ownership.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.catalog.responsibility.Responsibility;
import io.demarc.catalog.responsibility.ResponsibilityModel;
import io.demarc.contracts.Assignment;
import io.demarc.contracts.OwnerResolver;
import io.demarc.ownership.model.TenantResource;
import io.demarc.ownership.repository.TenantResourceRepository;

/**
 * Which customer duties of a tenant are not fully owned: for every type in use and every CUSTOMER or SHARED domain of
 * it, the resources no RESPONSIBLE assignment covers today. Computed on read from the resources and assignments, so
 * it is never stale; it walks every existing resource of the tenant.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DutyQueries {

    @Inject
    TenantResourceRepository resources;

    @Inject
    ResponsibilityModel model;

    @Inject
    MatrixRows rows;

    @Inject
    MatrixEvents events;

    /** Every unowned duty, by type then domain id. */
    public List<UnownedDuty> unowned(String tenantId) {
        List<Assignment> holding = events.holding(tenantId);
        LocalDate today = Today.utc();
        List<UnownedDuty> duties = new ArrayList<>();
        byKnownType(tenantId).forEach((type, ofType) -> {
            for (Responsibility r : model.responsibilities(type).orElseThrow()) {
                if (!r.customerDuty()) {
                    continue;
                }
                List<TenantResource> uncovered = ofType.stream().filter(resource -> OwnerResolver
                        .resolve(holding, resource.ref(), resource.tags, r.domain(), today).isEmpty()).toList();
                if (!uncovered.isEmpty()) {
                    duties.add(new UnownedDuty(type, r.domain(), r.side(), ofType.size(), uncovered));
                }
            }
        });
        duties.sort(Comparator.comparing(UnownedDuty::key));
        return duties;
    }

    /** How many CUSTOMER and SHARED cells the types in use have. */
    public int customerDuties(String tenantId) {
        return byKnownType(tenantId).keySet().stream().mapToInt(type -> rows.duties(type).size()).sum();
    }

    /** The existing resources of the types the catalog knows, by canonical type name. */
    private Map<String, List<TenantResource>> byKnownType(String tenantId) {
        return resources.existing(tenantId).stream()
                .filter(resource -> model.type(resource.resourceType).isPresent())
                .collect(Collectors.groupingBy(resource -> rows.canonical(resource.resourceType), TreeMap::new,
                        Collectors.toList()));
    }
}
