package io.demarc.reporting.export;

import java.time.Instant;
import java.util.Set;

/**
 * Which findings of a tenant an export or package covers.
 *
 * @param frameworkKey only findings of controls citing this framework; null for all
 * @param controlIds the catalog controls citing the framework (custom controls are caught by their references)
 * @param firstSeenBefore only findings already known before this instant; null for all
 */
public record FindingScope(String tenantId, String frameworkKey, Set<String> controlIds, Instant firstSeenBefore) {

    public static FindingScope all(String tenantId) {
        return new FindingScope(tenantId, null, Set.of(), null);
    }
}
