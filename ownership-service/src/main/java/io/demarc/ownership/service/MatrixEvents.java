package io.demarc.ownership.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.Assignment;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.EventKeys;
import io.demarc.contracts.MatrixChanged;
import io.demarc.contracts.Topics;
import io.demarc.ownership.model.StoredAssignment;
import io.demarc.ownership.repository.AssignmentRepository;
import io.demarc.ownership.repository.TenantResourceRepository;
import io.demarc.service.outbox.Outbox;

/** Announces changes of a tenant's matrix rows through the outbox, in the transaction that made them. */
@ApplicationScoped
public class MatrixEvents {

    public static final String SOURCE = "/demarc/ownership-service";

    @Inject
    Outbox outbox;

    @Inject
    MatrixRows rows;

    @Inject
    AssignmentRepository assignments;

    @Inject
    TenantResourceRepository resources;

    @Transactional(Transactional.TxType.MANDATORY)
    public void emit(MatrixChanged row) {
        outbox.append(Topics.OWNERSHIP_ASSIGNMENTS, EventKeys.forTenant(row.tenantId()),
                EventCodec.envelope(SOURCE, MatrixChanged.TYPE, row.tenantId(), row.resourceType(), row));
    }

    /** The assignments that hold (not revoked), in their published form. */
    public List<Assignment> holding(String tenantId) {
        return assignments.notRevoked(tenantId).stream().map(StoredAssignment::toContract).toList();
    }

    /** The owners of every cell of every type in use, by type then domain; take it before an assignment change. */
    public Map<String, Map<String, String>> ownersSnapshot(String tenantId) {
        return owners(tenantId, holding(tenantId), Today.utc());
    }

    /** Emits OWNERS_CHANGED for every type in use whose cell owners differ from {@code before}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emitOwnerChanges(String tenantId, Map<String, Map<String, String>> before) {
        LocalDate today = Today.utc();
        List<Assignment> holding = holding(tenantId);
        owners(tenantId, holding, today).forEach((type, owners) -> {
            if (!owners.equals(before.get(type))) {
                emit(rows.row(tenantId, type, MatrixChanged.Change.OWNERS_CHANGED, holding, today));
            }
        });
    }

    /** Emits OWNERS_CHANGED for every type in use with a cell the team owns: its name or contact changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emitRowsOwnedBy(String tenantId, String teamId) {
        LocalDate today = Today.utc();
        List<Assignment> holding = holding(tenantId);
        owners(tenantId, holding, today).forEach((type, owners) -> {
            if (owners.containsValue(teamId)) {
                emit(rows.row(tenantId, type, MatrixChanged.Change.OWNERS_CHANGED, holding, today));
            }
        });
    }

    private Map<String, Map<String, String>> owners(String tenantId, Collection<Assignment> holding, LocalDate day) {
        Map<String, Map<String, String>> owners = new TreeMap<>();
        for (String type : resources.typeNamesInUse(tenantId)) {
            owners.putIfAbsent(rows.canonical(type), rows.ownerIds(type, holding, day));
        }
        return owners;
    }
}
