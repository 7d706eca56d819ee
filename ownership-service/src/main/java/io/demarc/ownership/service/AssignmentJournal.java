package io.demarc.ownership.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.Assignment;
import io.demarc.contracts.AssignmentChanged;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.EventKeys;
import io.demarc.contracts.Topics;
import io.demarc.ownership.model.AssignmentHistoryEntry;
import io.demarc.ownership.model.StoredAssignment;
import io.demarc.ownership.repository.AssignmentHistoryRepository;
import io.demarc.service.outbox.Outbox;

/** Writes down every assignment change twice, in the same transaction: in the history, and as an event. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssignmentJournal {

    @Inject
    AssignmentHistoryRepository history;

    @Inject
    Outbox outbox;

    @Inject
    CurrentActor actor;

    /** @param before the assignment as it stood before the change; null when it was just made */
    public void record(StoredAssignment changed, Assignment before, AssignmentChanged.Change change) {
        Assignment after = changed.toContract();
        AssignmentHistoryEntry entry = new AssignmentHistoryEntry();
        entry.tenantId = changed.tenantId;
        entry.assignmentId = changed.id;
        entry.change = change;
        entry.actor = actor.name();
        entry.changedAt = Instant.now();
        entry.before = before == null ? null : json(before);
        entry.after = json(after);
        history.persist(entry);
        AssignmentChanged data = new AssignmentChanged(changed.tenantId, change, after);
        outbox.append(Topics.OWNERSHIP_ASSIGNMENTS, EventKeys.forTenant(changed.tenantId), EventCodec.envelope(
                MatrixEvents.SOURCE, AssignmentChanged.TYPE, changed.tenantId, changed.id.toString(), data));
    }

    private static String json(Assignment assignment) {
        try {
            return EventCodec.mapper().writeValueAsString(assignment);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write assignment " + assignment.assignmentId(), e);
        }
    }
}
