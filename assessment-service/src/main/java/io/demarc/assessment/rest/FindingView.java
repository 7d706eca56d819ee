package io.demarc.assessment.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.Severity;
import io.demarc.contracts.TeamRef;

/** A finding as listed: which control on which resource, its status, who owns it and whether an exception covers it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingView(
        String findingId,
        String controlId,
        String controlTitle,
        Severity severity,
        String domain,
        FindingStatus status,
        ResourceRef resource,
        TeamRef owner,
        boolean unowned,
        Instant firstSeen,
        Instant lastSeen,
        String exceptionId,
        Instant exceptionExpiresAt) {
}
