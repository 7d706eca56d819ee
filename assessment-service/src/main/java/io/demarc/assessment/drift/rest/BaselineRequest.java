package io.demarc.assessment.drift.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param accountId the account to baseline; leave out for every account of the tenant
 * @param note why this configuration is the approved one (a change ticket, a review)
 */
public record BaselineRequest(
        @Pattern(regexp = "\\d{12}", message = "must be a 12-digit AWS account id") String accountId,
        @Size(max = 2000) String note) {
}
