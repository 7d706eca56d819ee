package io.demarc.reporting.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.catalog.responsibility.Domain;
import io.demarc.catalog.responsibility.ResourceType;
import io.demarc.catalog.responsibility.ResponsibilityModel;
import io.demarc.contracts.TeamRef;
import io.demarc.reporting.model.MatrixCellRecord;
import io.demarc.reporting.model.MatrixType;
import io.demarc.reporting.repository.MatrixRepository;
import io.demarc.reporting.repository.ResourceTallyRepository;
import io.demarc.reporting.rest.InventorySummary;
import io.demarc.reporting.rest.MatrixView;

/** The matrix with owners and the inventory summary, read from the matrix rows and the resource counters. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MatrixQueries {

    static final String UNKNOWN_MODEL = "UNKNOWN";

    @Inject
    MatrixRepository matrix;

    @Inject
    ResourceTallyRepository resourceTallies;

    @Inject
    ResponsibilityModel model;

    public MatrixView matrix(String tenantId) {
        List<String> domains = model.domains().stream().map(Domain::id).toList();
        Comparator<MatrixView.Cell> byDomainOrder = Comparator.comparingInt(cell -> {
            int index = domains.indexOf(cell.domain());
            return index < 0 ? Integer.MAX_VALUE : index;
        });
        Map<String, List<MatrixView.Cell>> cellsByType = new TreeMap<>();
        long unowned = 0;
        for (MatrixCellRecord cell : matrix.cells(tenantId)) {
            cellsByType.computeIfAbsent(cell.resourceType, type -> new ArrayList<>()).add(view(cell));
            unowned += cell.unowned ? 1 : 0;
        }
        Map<String, Long> resources = resourceTallies.byType(tenantId, null).stream().collect(
                Collectors.toMap(ResourceTallyRepository.TypeCount::resourceType,
                        ResourceTallyRepository.TypeCount::count));
        List<MatrixView.Row> rows = new ArrayList<>();
        for (MatrixType type : matrix.types(tenantId)) {
            List<MatrixView.Cell> cells = new ArrayList<>(cellsByType.getOrDefault(type.resourceType, List.of()));
            cells.sort(byDomainOrder);
            rows.add(new MatrixView.Row(type.resourceType, type.serviceModel,
                    resources.getOrDefault(type.resourceType, 0L), cells));
        }
        return new MatrixView(tenantId, domains, rows, unowned);
    }

    public InventorySummary inventory(String tenantId, String accountId) {
        Map<String, Long> byModel = new LinkedHashMap<>();
        List<InventorySummary.TypeCount> types = new ArrayList<>();
        long total = 0;
        for (ResourceTallyRepository.TypeCount count : resourceTallies.byType(tenantId, accountId)) {
            String serviceModel = model.type(count.resourceType()).map(ResourceType::model).map(Enum::name)
                    .orElse(UNKNOWN_MODEL);
            byModel.merge(serviceModel, count.count(), Long::sum);
            types.add(new InventorySummary.TypeCount(count.resourceType(), serviceModel, count.count()));
            total += count.count();
        }
        return new InventorySummary(tenantId, accountId, total, byModel, types);
    }

    private static MatrixView.Cell view(MatrixCellRecord cell) {
        TeamRef owner = cell.ownerTeamId == null
                ? null
                : new TeamRef(cell.ownerTeamId, cell.ownerName, cell.ownerEmail, null);
        return new MatrixView.Cell(cell.domain, cell.side, cell.controlClass, owner, cell.unowned);
    }
}
