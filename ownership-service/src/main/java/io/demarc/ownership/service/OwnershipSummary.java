package io.demarc.ownership.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.ownership.repository.TeamRepository;
import io.demarc.ownership.repository.TenantResourceRepository;
import io.demarc.ownership.rest.SummaryView;

/** Counts the headline figures of a tenant's ownership. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OwnershipSummary {

    @Inject
    TenantResourceRepository resources;

    @Inject
    TeamRepository teams;

    @Inject
    DutyQueries duties;

    @Inject
    MatrixEvents events;

    public SummaryView of(String tenantId) {
        LocalDate today = Today.utc();
        long active = events.holding(tenantId).stream().filter(a -> a.activeOn(today)).count();
        return new SummaryView(resources.countResourceTypesInUse(tenantId), duties.customerDuties(tenantId),
                duties.unowned(tenantId).size(), teams.count("tenantId", tenantId), active);
    }
}
