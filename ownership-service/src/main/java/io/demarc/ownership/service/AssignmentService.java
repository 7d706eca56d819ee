package io.demarc.ownership.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.Assignment;
import io.demarc.contracts.AssignmentChanged;
import io.demarc.ownership.model.StoredAssignment;
import io.demarc.ownership.repository.AssignmentRepository;
import io.demarc.service.rest.HttpProblems;

/**
 * Makes, changes and revokes assignments. Each change is checked (domain, scope, period, ties), written to the
 * history, announced as an {@link AssignmentChanged}, and followed by OWNERS_CHANGED for every matrix row whose cell
 * owners it moved, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class AssignmentService {

    @Inject
    AssignmentRepository repository;

    @Inject
    DomainRules domains;

    @Inject
    ScopeRules scopes;

    @Inject
    TieCheck ties;

    @Inject
    AssignmentJournal journal;

    @Inject
    MatrixEvents matrixEvents;

    @Inject
    CurrentActor actor;

    public StoredAssignment create(String tenantId, AssignmentInput input) {
        Assignment candidate = check(tenantId, UUID.randomUUID(), input, List.of());
        Map<String, Map<String, String>> ownersBefore = matrixEvents.ownersSnapshot(tenantId);
        StoredAssignment row = new StoredAssignment();
        row.id = UUID.fromString(candidate.assignmentId());
        row.tenantId = tenantId;
        apply(row, candidate, input);
        repository.persist(row);
        journal.record(row, null, AssignmentChanged.Change.ASSIGNED);
        matrixEvents.emitOwnerChanges(tenantId, ownersBefore);
        return row;
    }

    public StoredAssignment update(String tenantId, UUID id, AssignmentInput input) {
        StoredAssignment row = find(tenantId, id);
        if (row.revoked) {
            throw HttpProblems.conflict("assignment " + id + " is revoked; make a new assignment instead");
        }
        Assignment candidate = check(tenantId, id, input, List.of());
        Assignment before = row.toContract();
        Map<String, Map<String, String>> ownersBefore = matrixEvents.ownersSnapshot(tenantId);
        apply(row, candidate, input);
        journal.record(row, before, AssignmentChanged.Change.UPDATED);
        matrixEvents.emitOwnerChanges(tenantId, ownersBefore);
        return row;
    }

    /** Ends the assignment yesterday, so it no longer holds today; the row and its history stay. */
    public StoredAssignment revoke(String tenantId, UUID id) {
        StoredAssignment row = find(tenantId, id);
        if (row.revoked) {
            throw HttpProblems.conflict("assignment " + id + " is already revoked");
        }
        Assignment before = row.toContract();
        Map<String, Map<String, String>> ownersBefore = matrixEvents.ownersSnapshot(tenantId);
        LocalDate yesterday = Today.utc().minusDays(1);
        row.revoked = true;
        if (row.effectiveTo == null || row.effectiveTo.isAfter(yesterday)) {
            row.effectiveTo = yesterday;
        }
        row.assignedBy = actor.name();
        row.assignedAt = Instant.now();
        journal.record(row, before, AssignmentChanged.Change.REVOKED);
        matrixEvents.emitOwnerChanges(tenantId, ownersBefore);
        return row;
    }

    /**
     * The assignment {@code input} would make, checked against the tenant's holding assignments and {@code pending}
     * ones not stored yet (earlier lines of an import).
     *
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 400 for bad input, 409 for a tie
     */
    public Assignment check(String tenantId, UUID id, AssignmentInput input, Collection<Assignment> pending) {
        domains.requireOwnable(input.domain());
        var scope = scopes.normalized(input.scope());
        if (input.role() == null) {
            throw HttpProblems.badRequest("role is required: RESPONSIBLE or ACCOUNTABLE");
        }
        if (input.team() == null) {
            throw HttpProblems.badRequest("team is required");
        }
        LocalDate from = input.effectiveFrom() == null ? Today.utc() : input.effectiveFrom();
        if (input.effectiveTo() != null && input.effectiveTo().isBefore(from)) {
            throw HttpProblems.badRequest("effectiveTo " + input.effectiveTo() + " is before effectiveFrom " + from);
        }
        Assignment candidate = new Assignment(id.toString(), input.domain(), scope, input.team().ref(), input.role(),
                from, input.effectiveTo(), actor.name(), Instant.now());
        List<Assignment> others = new ArrayList<>(pending);
        repository.notRevoked(tenantId).stream().filter(a -> !a.id.equals(id)).map(StoredAssignment::toContract)
                .forEach(others::add);
        ties.requireNoTie(tenantId, candidate, others);
        return candidate;
    }

    private StoredAssignment find(String tenantId, UUID id) {
        return repository.findInTenant(tenantId, id)
                .orElseThrow(() -> HttpProblems.notFound("no assignment " + id + " in tenant " + tenantId));
    }

    private static void apply(StoredAssignment row, Assignment candidate, AssignmentInput input) {
        row.domain = candidate.domain();
        row.scopeKind = candidate.scope().kind();
        row.scopeValue = candidate.scope().value();
        row.team = input.team();
        row.role = candidate.role();
        row.effectiveFrom = candidate.effectiveFrom();
        row.effectiveTo = candidate.effectiveTo();
        row.assignedBy = candidate.assignedBy();
        row.assignedAt = candidate.assignedAt();
    }
}
