package io.demarc.inventory.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.demarc.contracts.EventCodec;
import io.demarc.inventory.api.ResourceDetail;
import io.demarc.inventory.api.ResourceSummary;
import io.demarc.inventory.api.ResourceVersionView;
import io.demarc.inventory.api.UnknownResourceType;
import io.demarc.inventory.mapping.ResourceMapper;
import io.demarc.inventory.model.Resource;
import io.demarc.inventory.model.ResourceVersion;
import io.demarc.inventory.repository.ResourceFilter;
import io.demarc.inventory.repository.ResourceListRow;
import io.demarc.inventory.repository.ResourceRepository;
import io.demarc.inventory.repository.ResourceRepository.ListPosition;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.rest.HttpProblems;

/** Reads a tenant's resources, their history, and the types the catalog does not know yet. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResourceService {

    @Inject
    ResourceRepository repository;

    @Inject
    ResourceMapper mapper;

    @Inject
    ServiceModels serviceModels;

    /**
     * One page of the tenant's resources by type, then resource id.
     *
     * @param serviceModel IAAS, PAAS, SERVERLESS, ABSTRACTED or UNKNOWN; null for all
     */
    public CursorPage<ResourceSummary> list(String tenantId, ResourceFilter filter, String serviceModel,
            CursorRequest request) {
        ResourceFilter narrowed = serviceModel == null
                ? filter
                : ServiceModels.UNKNOWN.equals(serviceModel)
                        ? with(filter, null, serviceModels.knownTypes())
                        : with(filter, serviceModels.typesOf(serviceModel), null);
        List<ResourceListRow> rows = repository.list(tenantId, narrowed, position(request.after()),
                request.fetchSize());
        return CursorPage.of(rows, request, ResourceService::cursorOf, mapper::toSummary);
    }

    public Optional<ResourceDetail> find(String tenantId, long id) {
        return repository.findByTenantAndId(tenantId, id).map(mapper::toDetail);
    }

    /**
     * The resource's versions, newest first: the current one on the first page, then the ones it replaced. Empty
     * when the tenant has no such resource.
     */
    public Optional<CursorPage<ResourceVersionView>> history(String tenantId, long id, CursorRequest request) {
        return repository.findByTenantAndId(tenantId, id).map(resource -> {
            String after = request.after();
            long beforeVersion = after == null ? Long.MAX_VALUE : parseVersionCursor(after);
            List<ResourceVersion> earlier = repository.getEntityManager().createQuery("from ResourceVersion v"
                    + " where v.tenantId = :tenantId and v.versionOf = :id and v.id < :before order by v.id desc",
                    ResourceVersion.class).setParameter("tenantId", tenantId).setParameter("id", id)
                    .setParameter("before", beforeVersion).setMaxResults(request.fetchSize()).getResultList();
            List<Object> rows = new ArrayList<>();
            if (after == null) {
                rows.add(resource);
            }
            rows.addAll(earlier);
            return CursorPage.of(rows, request,
                    row -> row instanceof ResourceVersion version ? Long.toString(version.id) : "current",
                    row -> row instanceof ResourceVersion version
                            ? mapper.toVersion(version)
                            : mapper.toCurrentVersion((Resource) row));
        });
    }

    /** Types of the tenant's resources the catalog does not classify, most frequent first. */
    public List<UnknownResourceType> unknownTypes(String tenantId) {
        return repository.countTypesNotIn(tenantId, serviceModels.knownTypes()).entrySet().stream()
                .map(entry -> new UnknownResourceType(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(UnknownResourceType::resources).reversed()
                        .thenComparing(UnknownResourceType::resourceType))
                .toList();
    }

    private static ResourceFilter with(ResourceFilter filter, Set<String> types,
            Set<String> excluded) {
        return new ResourceFilter(filter.accountId(), filter.awsRegion(), filter.resourceType(), types, excluded,
                filter.tagKey(), filter.tagValue());
    }

    /** The cursor is the row's sort key as a JSON array: any character of a resource id survives it. */
    private static String cursorOf(ResourceListRow row) {
        try {
            return EventCodec.mapper().writeValueAsString(List.of(row.resourceType(), row.resourceId(), row.id()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ListPosition position(String after) {
        if (after == null) {
            return null;
        }
        try {
            List<?> key = EventCodec.mapper().readValue(after, List.class);
            if (key.size() == 3 && key.get(0) instanceof String type && key.get(1) instanceof String resourceId
                    && key.get(2) instanceof Number row) {
                return new ListPosition(type, resourceId, row.longValue());
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // Reported below, like any other cursor this API did not return.
        }
        throw HttpProblems.badRequest(CursorRequest.FORGED);
    }

    private static long parseVersionCursor(String after) {
        if ("current".equals(after)) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw HttpProblems.badRequest(CursorRequest.FORGED);
        }
    }
}
