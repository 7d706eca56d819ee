package io.demarc.assessment.service;

import io.demarc.contracts.ConfigurationItem;

/**
 * Sees every configuration item the assessment stores, in the same transaction: drift detection compares it with the
 * resource's approved baseline.
 */
public interface ItemObserver {

    void observe(String tenantId, ConfigurationItem item, String itemHash);
}
