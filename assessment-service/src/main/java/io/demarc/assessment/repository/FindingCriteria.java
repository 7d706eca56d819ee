package io.demarc.assessment.repository;

import java.util.Set;

import io.demarc.contracts.FindingStatus;

/**
 * Which findings of a tenant to list; a null criterion does not filter.
 *
 * @param controlIds only findings of these controls (already narrowed by control id, severity and framework); empty
 *        matches nothing
 * @param unowned true: only findings nobody owns; false: only owned ones
 */
public record FindingCriteria(
        FindingStatus status,
        Set<String> controlIds,
        String resourceType,
        String accountId,
        String region,
        String ownerTeamId,
        Boolean unowned) {
}
