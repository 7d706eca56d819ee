package io.demarc.ownership.service;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.MatrixChanged;
import io.demarc.contracts.ResourceChanged;
import io.demarc.ownership.model.DutyArrival;
import io.demarc.ownership.repository.DutyArrivalRepository;
import io.demarc.ownership.repository.TenantResourceRepository;

/**
 * Applies a resource change and follows what it does to the tenant's matrix: the first resource of a type adds the
 * type's row (recorded with the duties it brings), the last one's deletion removes it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TypeUsageFollower {

    @Inject
    ResourceTracker tracker;

    @Inject
    TenantResourceRepository resources;

    @Inject
    DutyArrivalRepository arrivals;

    @Inject
    MatrixRows rows;

    @Inject
    MatrixEvents events;

    public ResourceTracker.Outcome apply(String tenantId, ResourceChanged change) {
        String type = change.item().resourceType();
        boolean usedBefore = resources.usesType(tenantId, type);
        ResourceTracker.Outcome outcome = tracker.apply(tenantId, change);
        boolean usedAfter = resources.usesType(tenantId, type);
        if (usedBefore == usedAfter) {
            return outcome;
        }
        LocalDate today = Today.utc();
        MatrixChanged.Change what = usedAfter ? MatrixChanged.Change.TYPE_ADDED : MatrixChanged.Change.TYPE_REMOVED;
        MatrixChanged row = rows.row(tenantId, type, what, events.holding(tenantId), today);
        if (usedAfter) {
            record(row);
        }
        events.emit(row);
        return outcome;
    }

    private void record(MatrixChanged row) {
        DutyArrival arrival = new DutyArrival();
        arrival.tenantId = row.tenantId();
        arrival.resourceType = row.resourceType();
        arrival.serviceModel = row.serviceModel();
        arrival.arrivedAt = Instant.now();
        arrival.newDuties = row.newDuties();
        arrivals.persist(arrival);
    }
}
