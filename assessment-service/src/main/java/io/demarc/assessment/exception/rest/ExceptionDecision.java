package io.demarc.assessment.exception.rest;

import jakarta.validation.constraints.Size;

/** The optional reason given with an approval, a rejection or a revocation; it goes into the audit trail. */
public record ExceptionDecision(@Size(max = 4000) String note) {
}
