package io.demarc.reporting.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One finding as exports and evidence packages show it: the read model's row without the configuration evidence,
 * which travels apart ({@link FindingEvidence}) because it is large.
 *
 * @param references requirement ids per framework key, as the control cites them
 */
public record FindingRow(
        long seq,
        String findingId,
        String controlId,
        String controlTitle,
        String severity,
        String status,
        String accountId,
        String awsRegion,
        String resourceType,
        String resourceId,
        String arn,
        Instant evaluatedAt,
        Instant firstSeenAt,
        Instant statusChangedAt,
        String domain,
        String ownerTeamId,
        String ownerName,
        boolean unowned,
        String exceptionId,
        Instant exceptionExpiresAt,
        String remediation,
        String itemHash,
        Instant itemCaptureTime,
        Map<String, List<String>> references) {
}
