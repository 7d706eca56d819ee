package io.demarc.catalog.assess;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;

/**
 * Counts of an assessment.
 *
 * @param byStatus every evaluation per status, NOT_APPLICABLE included (those are not listed as findings)
 * @param failedBySeverity the FAIL findings per severity
 */
public record AssessmentSummary(int resources, Map<FindingStatus, Integer> byStatus,
        Map<Severity, Integer> failedBySeverity) {

    static AssessmentSummary of(int resources, List<FindingStatus> statuses, List<Finding> findings) {
        Map<FindingStatus, Integer> byStatus = new EnumMap<>(FindingStatus.class);
        for (FindingStatus status : FindingStatus.values()) {
            byStatus.put(status, 0);
        }
        statuses.forEach(status -> byStatus.merge(status, 1, Integer::sum));
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0);
        }
        findings.stream().filter(f -> f.status() == FindingStatus.FAIL)
                .forEach(f -> bySeverity.merge(f.severity(), 1, Integer::sum));
        return new AssessmentSummary(resources, byStatus, bySeverity);
    }
}
