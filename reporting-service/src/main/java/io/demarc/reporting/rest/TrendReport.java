package io.demarc.reporting.rest;

import java.time.LocalDate;
import java.util.List;

/**
 * How a tenant's findings and posture moved over a period of UTC days.
 *
 * @param days every day of the period, also days without activity
 * @param meanTimeToRemediateHours mean time from a finding's first failure to PASS, over the remediations of the
 *        period; null when there were none
 * @param posture the daily snapshots of the period, by day then framework
 */
public record TrendReport(String tenantId, LocalDate from, LocalDate to, List<Day> days, long remediated,
        Double meanTimeToRemediateHours, List<Snapshot> posture) {

    /**
     * @param opened findings that started failing that day
     * @param closed failing findings that stopped failing that day (remediated or no longer applicable)
     * @param remediated of those closed, the ones that now PASS
     */
    public record Day(LocalDate day, long opened, long closed, long remediated) {
    }

    public record Snapshot(LocalDate day, String framework, double score, int passing, int failing, int attested,
            int unattested, int notAssessed) {
    }
}
