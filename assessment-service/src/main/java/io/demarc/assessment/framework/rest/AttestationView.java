package io.demarc.assessment.framework.rest;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** @param validToday whether it proves the requirement today: not withdrawn and within its validity */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttestationView(String id, String framework, String requirementId, String statement, String attestor,
        String evidenceFileName, String evidenceContentType, long evidenceSize, String evidenceSha256,
        LocalDate validFrom, LocalDate validUntil, boolean validToday, String recordedBy, Instant recordedAt,
        String withdrawnBy, Instant withdrawnAt) {
}
