package io.demarc.assessment.service;

/**
 * Re-announces findings whose surroundings changed without a new evaluation: an owner assigned or revoked, an
 * exception approved, revoked or expired. Emits a finding event only where the owner or the covering exception now
 * differs from what was last announced.
 */
public interface FindingRefresh {

    /**
     * @param controlId only findings of this control; null for every control of the tenant
     * @return how many finding events were appended
     */
    int refresh(String tenantId, String controlId);
}
