package io.demarc.assessment.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.model.OwnerAssignment;
import io.demarc.assessment.model.OwnerAssignmentId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OwnerAssignmentRepository implements PanacheRepositoryBase<OwnerAssignment, OwnerAssignmentId> {

    public List<OwnerAssignment> ofTenant(String tenantId) {
        return list("tenantId", tenantId);
    }
}
