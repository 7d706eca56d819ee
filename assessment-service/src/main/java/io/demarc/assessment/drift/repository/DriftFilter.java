package io.demarc.assessment.drift.repository;

/** Filters of the drift list; a null field does not filter. */
public record DriftFilter(String accountId, String region, String resourceType, String resourceId, Long baselineId) {
}
