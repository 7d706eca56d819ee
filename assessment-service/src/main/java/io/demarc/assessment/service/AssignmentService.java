package io.demarc.assessment.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.assessment.model.OwnerAssignment;
import io.demarc.assessment.model.OwnerAssignmentId;
import io.demarc.assessment.repository.OwnerAssignmentRepository;
import io.demarc.contracts.AssignmentChanged;
import io.demarc.contracts.EventCodec;

/** Keeps the tenant's owner assignments as announced, and re-announces the findings whose owner that changes. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssignmentService {

    @Inject
    OwnerAssignmentRepository assignments;

    @Inject
    FindingRefreshService refresh;

    /** Applies one change; returns how many finding events were appended. */
    public int apply(String tenantId, AssignmentChanged change) {
        String assignmentId = change.assignment().assignmentId();
        OwnerAssignment row = assignments.findById(new OwnerAssignmentId(tenantId, assignmentId));
        // An update may move the assignment to another domain: both the old and the new one may change owners.
        Set<String> domains = new HashSet<>();
        if (row != null) {
            domains.add(row.domain);
        }
        if (change.change() == AssignmentChanged.Change.REVOKED) {
            if (row != null) {
                assignments.delete(row);
            }
        } else {
            if (row == null) {
                row = new OwnerAssignment();
                row.tenantId = tenantId;
                row.assignmentId = assignmentId;
            }
            row.domain = change.assignment().domain();
            row.assignment = EventCodec.mapper().valueToTree(change.assignment()).toString();
            row.updatedAt = Instant.now();
            assignments.persist(row);
            domains.add(row.domain);
        }
        assignments.flush();
        return refresh.refreshDomains(tenantId, domains);
    }
}
