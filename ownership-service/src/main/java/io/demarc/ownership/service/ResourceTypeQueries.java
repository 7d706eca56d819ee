package io.demarc.ownership.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.ownership.mapping.ResourceTypeMapper;
import io.demarc.ownership.repository.TenantResourceRepository;
import io.demarc.ownership.rest.ResourceTypeView;
import io.demarc.service.rest.Page;
import io.demarc.service.rest.PageRequest;

/** Answers which resource types a tenant uses. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResourceTypeQueries {

    @Inject
    TenantResourceRepository repository;

    @Inject
    ResourceTypeMapper mapper;

    public Page<ResourceTypeView> inUse(String tenantId, PageRequest page) {
        long total = repository.countResourceTypesInUse(tenantId);
        List<ResourceTypeView> items = page.beyond(total)
                ? List.of()
                : repository.resourceTypesInUse(tenantId, (int) page.offset(), page.size).stream().map(mapper::toView)
                        .toList();
        return Page.of(items, page, total);
    }
}
