package io.demarc.ownership.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.catalog.responsibility.ResourceType;
import io.demarc.catalog.responsibility.Responsibility;
import io.demarc.catalog.responsibility.ResponsibilityModel;
import io.demarc.contracts.Assignment;
import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.MatrixCell;
import io.demarc.contracts.MatrixChanged;
import io.demarc.contracts.OwnerResolver;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.TeamRef;

/**
 * The rows of a tenant's matrix: for a resource type, every domain's side and the owner of the cell. A cell's owner
 * is the RESPONSIBLE team at resource-type or tenant scope today; narrower scopes own single resources, not cells.
 */
@ApplicationScoped
public class MatrixRows {

    public static final String UNKNOWN_MODEL = "UNKNOWN";

    @Inject
    ResponsibilityModel model;

    /** The catalog's spelling of a type, or the name as given when the catalog does not know it. */
    public String canonical(String resourceType) {
        return model.type(resourceType).map(ResourceType::type).orElse(resourceType);
    }

    public Optional<TeamRef> cellOwner(String resourceType, String domain, Collection<Assignment> assignments,
            LocalDate day) {
        List<Assignment> cellScoped = assignments.stream()
                .filter(a -> a.scope().kind() == AssignmentScope.Kind.TENANT
                        || a.scope().kind() == AssignmentScope.Kind.RESOURCE_TYPE)
                .toList();
        ResourceRef anyOfType = new ResourceRef(null, null, canonical(resourceType), null, null);
        return OwnerResolver.resolve(cellScoped, anyOfType, Map.of(), domain, day).map(Assignment::team);
    }

    /** Every domain of the type in canonical order; empty for a type the catalog does not know. */
    public List<MatrixCell> cells(String resourceType, Collection<Assignment> assignments, LocalDate day) {
        return model.responsibilities(resourceType).orElse(List.of()).stream()
                .map(r -> cell(resourceType, r, assignments, day))
                .toList();
    }

    /** The owning team id of every customer cell of the type ({@code null} when unowned), to tell what changed. */
    public Map<String, String> ownerIds(String resourceType, Collection<Assignment> assignments, LocalDate day) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (MatrixCell cell : cells(resourceType, assignments, day)) {
            owners.put(cell.domain(), cell.owner() == null ? null : cell.owner().teamId());
        }
        return owners;
    }

    public MatrixChanged row(String tenantId, String resourceType, MatrixChanged.Change change,
            Collection<Assignment> assignments, LocalDate day) {
        String type = canonical(resourceType);
        String serviceModel = model.type(type).map(t -> t.model().name()).orElse(UNKNOWN_MODEL);
        if (change == MatrixChanged.Change.TYPE_REMOVED) {
            return new MatrixChanged(tenantId, type, change, serviceModel, List.of(), null);
        }
        List<MatrixCell> cells = cells(type, assignments, day);
        List<String> newDuties = change == MatrixChanged.Change.TYPE_ADDED ? duties(type) : null;
        return new MatrixChanged(tenantId, type, change, serviceModel, cells, newDuties);
    }

    /** The CUSTOMER and SHARED domains of the type. */
    public List<String> duties(String resourceType) {
        return model.responsibilities(resourceType).orElse(List.of()).stream().filter(Responsibility::customerDuty)
                .map(Responsibility::domain).toList();
    }

    private MatrixCell cell(String type, Responsibility r, Collection<Assignment> assignments, LocalDate day) {
        TeamRef owner = r.customerDuty() ? cellOwner(type, r.domain(), assignments, day).orElse(null) : null;
        return new MatrixCell(r.domain(), r.side().name(), r.controlClass().name(), owner,
                r.customerDuty() && owner == null);
    }
}
