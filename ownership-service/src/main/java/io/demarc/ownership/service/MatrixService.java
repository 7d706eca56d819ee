package io.demarc.ownership.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.catalog.responsibility.ResponsibilityModel;
import io.demarc.contracts.Assignment;
import io.demarc.ownership.mapping.MatrixMapper;
import io.demarc.ownership.model.ResourceTypeUsage;
import io.demarc.ownership.repository.TenantResourceRepository;
import io.demarc.ownership.rest.MatrixPage;
import io.demarc.ownership.rest.MatrixTypeView;
import io.demarc.service.rest.Page;
import io.demarc.service.rest.PageRequest;

/**
 * A tenant's responsibility matrix: the resource types it uses now, each with the side of every control domain. It is
 * derived on read from the types in use, the model and the assignments, so it follows inventory as soon as a type
 * appears or goes, and owners as soon as they are assigned.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MatrixService {

    @Inject
    TenantResourceRepository repository;

    @Inject
    ResponsibilityModel model;

    @Inject
    MatrixMapper mapper;

    @Inject
    MatrixRows rows;

    @Inject
    MatrixEvents events;

    /**
     * One row of the matrix: a type the tenant uses with the side, duties and owner of every domain; empty when the
     * tenant has no existing resource of the type.
     */
    public Optional<MatrixTypeView> type(String tenantId, String resourceType) {
        return repository.resourceTypeInUse(tenantId, resourceType).map(usage -> {
            List<Assignment> holding = events.holding(tenantId);
            LocalDate today = Today.utc();
            return mapper.toView(usage, model.type(usage.resourceType()),
                    model.responsibilities(usage.resourceType()).orElse(List.of()),
                    domain -> rows.cellOwner(usage.resourceType(), domain, holding, today).orElse(null));
        });
    }

    public MatrixPage matrix(String tenantId, PageRequest request) {
        long total = repository.countResourceTypesInUse(tenantId);
        List<ResourceTypeUsage> usages = request.beyond(total)
                ? List.of()
                : repository.resourceTypesInUse(tenantId, (int) request.offset(), request.size);
        List<Assignment> holding = usages.isEmpty() ? List.of() : events.holding(tenantId);
        LocalDate today = Today.utc();
        List<MatrixTypeView> items = usages.stream().map(usage -> mapper.toView(usage,
                model.type(usage.resourceType()), model.responsibilities(usage.resourceType()).orElse(List.of()),
                domain -> rows.cellOwner(usage.resourceType(), domain, holding, today).orElse(null)))
                .toList();
        Page<MatrixTypeView> page = Page.of(items, request, total);
        return new MatrixPage(model.version(), page.items(), page.page(), page.size(), page.total(),
                page.totalPages());
    }
}
