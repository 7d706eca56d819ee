package io.demarc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.MatrixCell;
import io.demarc.contracts.MatrixChanged;
import io.demarc.reporting.model.MatrixCellRecord;
import io.demarc.reporting.model.MatrixType;
import io.demarc.reporting.repository.MatrixRepository;

/** Replaces a type's row of the tenant's responsibility matrix with the one the event carries. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MatrixProjector {

    @Inject
    MatrixRepository matrix;

    public void apply(String tenantId, MatrixChanged change) {
        if (change.change() == MatrixChanged.Change.TYPE_REMOVED) {
            matrix.deleteRow(tenantId, change.resourceType(), true);
            return;
        }
        MatrixType type = matrix.findType(tenantId, change.resourceType()).orElse(null);
        if (type == null) {
            type = new MatrixType();
            type.tenantId = tenantId;
            type.resourceType = change.resourceType();
            type.serviceModel = change.serviceModel();
            matrix.persist(type);
        }
        type.serviceModel = change.serviceModel();
        matrix.deleteRow(tenantId, change.resourceType(), false);
        for (MatrixCell cell : change.cells()) {
            matrix.persist(record(tenantId, change.resourceType(), cell));
        }
    }

    private static MatrixCellRecord record(String tenantId, String resourceType, MatrixCell cell) {
        MatrixCellRecord record = new MatrixCellRecord();
        record.tenantId = tenantId;
        record.resourceType = resourceType;
        record.domain = cell.domain();
        record.side = cell.side();
        record.controlClass = cell.controlClass();
        if (cell.owner() != null) {
            record.ownerTeamId = cell.owner().teamId();
            record.ownerName = cell.owner().name();
            record.ownerEmail = cell.owner().contactEmail();
        }
        record.unowned = cell.unowned();
        return record;
    }
}
