package io.demarc.reporting.rest;

import java.time.LocalDate;
import java.util.Map;

/**
 * One tenant in the MSP's overview.
 *
 * @param scores posture score per framework key, as in {@link FrameworkPosture#score()}
 * @param unownedDuties CUSTOMER and SHARED matrix cells nobody owns
 * @param failingCritical open failures (FAIL without an exception) of CRITICAL controls
 * @param failingHigh open failures of HIGH controls
 * @param accounts registered AWS accounts (not removed)
 * @param failingAccounts of those, accounts whose role inventory reported FAILING (AssumeRole fails)
 * @param staleAccounts of those, accounts from which no data arrived within {@code demarc.reporting.stale-after}
 *        (48 hours by default), or never
 * @param earlierScores score per framework of the latest daily snapshot 7 to 14 days old, for a trend; empty when there
 *        is none
 * @param earlierDay the day of that snapshot; null when there is none
 */
public record TenantRollup(String tenantId, Map<String, Double> scores, long unownedDuties, long failingCritical,
        long failingHigh, long accounts, long failingAccounts, long staleAccounts, Map<String, Double> earlierScores,
        LocalDate earlierDay) {
}
