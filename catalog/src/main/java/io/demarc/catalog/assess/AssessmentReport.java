package io.demarc.catalog.assess;

import java.util.List;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;

/**
 * The result of an offline assessment.
 *
 * @param catalogVersion the control catalog that judged
 * @param findings every PASS, FAIL and ERROR, ordered by severity (worst first), control and resource
 * @param gaps API calls of the recordings that failed (e.g. AccessDenied), which may hide resources
 */
public record AssessmentReport(String catalogVersion, List<Finding> findings, AssessmentSummary summary,
        List<String> gaps) {

    /** Whether a FAIL at this severity or worse is among the findings. */
    public boolean failsAtOrAbove(Severity threshold) {
        return findings.stream().anyMatch(f -> f.status() == FindingStatus.FAIL
                && f.severity().ordinal() >= threshold.ordinal());
    }
}
