package io.demarc.reporting.rest;

import java.util.Map;

/**
 * One tenant in the MSP's overview.
 *
 * @param scores posture score per framework key, as in {@link FrameworkPosture#score()}
 * @param unownedDuties CUSTOMER and SHARED matrix cells nobody owns
 */
public record TenantRollup(String tenantId, Map<String, Double> scores, long unownedDuties) {
}
