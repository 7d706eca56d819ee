package io.demarc.catalog.engine;

import io.demarc.contracts.FindingStatus;

/**
 * The outcome of one control on one configuration item.
 *
 * @param message why the control is not applicable, or what failed for {@link FindingStatus#ERROR}; null otherwise
 */
public record Evaluation(String controlId, FindingStatus status, String message, Evidence evidence) {
}
