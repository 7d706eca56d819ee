package io.demarc.ownership.rest;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.AssignmentChanged;

/**
 * One change of an assignment.
 *
 * @param actor the user who made it
 * @param before the assignment before the change; null when it was made by this change
 * @param after the assignment after it
 */
public record HistoryEntryView(long entryId, String assignmentId, AssignmentChanged.Change change, String actor,
        Instant changedAt, JsonNode before, JsonNode after) {
}
