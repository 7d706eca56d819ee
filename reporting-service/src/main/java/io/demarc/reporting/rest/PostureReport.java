package io.demarc.reporting.rest;

import java.time.LocalDate;
import java.util.List;

/**
 * The posture of a tenant in every framework the catalog knows.
 *
 * @param accountId the one account it is narrowed to; null for the whole tenant
 * @param asOf the day attestations were checked against (UTC)
 */
public record PostureReport(String tenantId, String accountId, LocalDate asOf, List<FrameworkPosture> frameworks) {
}
