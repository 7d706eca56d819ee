package io.demarc.assessment.drift.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** @param accountId null for a tenant-wide baseline */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BaselineView(String id, String accountId, String note, String approvedBy, Instant approvedAt,
        int resourceCount) {
}
