package io.demarc.reporting.repository;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;

/** What a finding list is narrowed to; null means "any". The tenant is always set. */
public record FindingCriteria(
        String tenantId,
        FindingStatus status,
        Severity severity,
        String controlId,
        String resourceType,
        String accountId) {
}
