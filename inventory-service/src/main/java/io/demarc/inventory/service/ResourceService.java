package io.demarc.inventory.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.inventory.api.ResourceDetail;
import io.demarc.inventory.api.ResourceSummary;
import io.demarc.inventory.mapping.ResourceMapper;
import io.demarc.inventory.repository.ResourceRepository;
import io.demarc.service.rest.Page;
import io.demarc.service.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Reads a tenant's resources. */
@ApplicationScoped
public class ResourceService {

    @Inject
    ResourceRepository repository;

    @Inject
    ResourceMapper mapper;

    /** One page of the tenant's resources, by type, then id; a {@code null} filter does not filter. */
    public Page<ResourceSummary> list(String tenantId, String resourceType, String accountId, PageRequest request) {
        // The projection leaves the (possibly large) item out of list pages.
        PanacheQuery<ResourceSummary> query = repository.findByTenant(tenantId, resourceType, accountId)
                .project(ResourceSummary.class);
        long total = query.count();
        return Page.of(request.beyond(total) ? List.of() : query.page(request.page, request.size).list(), request,
                total);
    }

    public Optional<ResourceDetail> find(String tenantId, long id) {
        return repository.findByTenantAndId(tenantId, id).map(mapper::toDetail);
    }
}
