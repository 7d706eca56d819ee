package io.demarc.assessment.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.assessment.model.OwnerAssignment;
import io.demarc.assessment.repository.OwnerAssignmentRepository;
import io.demarc.contracts.Assignment;
import io.demarc.contracts.EventCodec;

/** Loads a tenant's owner assignments as ownership-service last announced them. */
@ApplicationScoped
public class Owners {

    @Inject
    OwnerAssignmentRepository assignments;

    /** The tenant's assignments for today (UTC, as assignment periods are). */
    public TenantOwners of(String tenantId) {
        return new TenantOwners(assignments.ofTenant(tenantId).stream().map(Owners::parse).toList(),
                LocalDate.now(ZoneOffset.UTC));
    }

    static Assignment parse(OwnerAssignment row) {
        try {
            return EventCodec.mapper().readValue(row.assignment, Assignment.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored assignment " + row.assignmentId + " is not readable", e);
        }
    }
}
