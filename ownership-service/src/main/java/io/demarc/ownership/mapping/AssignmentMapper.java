package io.demarc.ownership.mapping;

import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.Assignment;
import io.demarc.contracts.EventCodec;
import io.demarc.ownership.model.AssignmentHistoryEntry;
import io.demarc.ownership.model.StoredAssignment;
import io.demarc.ownership.model.Team;
import io.demarc.ownership.rest.AssignmentRequest;
import io.demarc.ownership.rest.AssignmentView;
import io.demarc.ownership.rest.HistoryEntryView;
import io.demarc.ownership.service.AssignmentInput;
import io.demarc.ownership.service.Today;

@ApplicationScoped
public class AssignmentMapper {

    public AssignmentView toView(StoredAssignment a) {
        Assignment published = a.toContract();
        return new AssignmentView(published.assignmentId(), a.domain, a.scope(), published.team(), a.role,
                a.effectiveFrom, a.effectiveTo, a.revoked, !a.revoked && published.activeOn(Today.utc()),
                a.assignedBy, a.assignedAt);
    }

    public AssignmentInput toInput(AssignmentRequest request, Team team) {
        return new AssignmentInput(request.domain(), request.scope(), team, request.role(), request.effectiveFrom(),
                request.effectiveTo());
    }

    public HistoryEntryView toView(AssignmentHistoryEntry entry) {
        return new HistoryEntryView(entry.id, entry.assignmentId.toString(), entry.change, entry.actor,
                entry.changedAt, tree(entry.before), tree(entry.after));
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? null : EventCodec.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
