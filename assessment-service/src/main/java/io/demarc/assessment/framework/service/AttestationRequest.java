package io.demarc.assessment.framework.service;

import java.time.LocalDate;

/** What an attestor states: the statement, who vouches for it, and for which days. */
public record AttestationRequest(String statement, String attestor, LocalDate validFrom, LocalDate validUntil,
        EvidenceUpload evidence) {
}
