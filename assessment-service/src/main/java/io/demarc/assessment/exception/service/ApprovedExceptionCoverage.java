package io.demarc.assessment.exception.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.assessment.exception.model.RiskException;
import io.demarc.assessment.exception.repository.RiskExceptionRepository;
import io.demarc.assessment.service.ExceptionCoverage;
import io.demarc.contracts.ResourceRef;

/**
 * Answers coverage from the approved exceptions that have not expired at the instant asked about, whether or not
 * the expiry job has run yet. Where several cover a finding, the most specific wins (the finding itself, then the
 * narrowest scope), then the one that runs longest.
 */
@ApplicationScoped
public class ApprovedExceptionCoverage implements ExceptionCoverage {

    /** Above every scope's specificity: an exception naming the finding is the most specific of all. */
    private static final int FINDING_SPECIFICITY = 100;

    @Inject
    RiskExceptionRepository exceptions;

    @Override
    public Optional<CoveringException> covering(String tenantId, String controlId, String findingId,
            ResourceRef resource, Map<String, String> tags, Instant at) {
        return exceptions.approvedFor(tenantId, controlId, at).stream()
                .filter(exception -> exception.coversAt(at))
                .filter(exception -> covers(exception, findingId, resource, tags))
                .max(Comparator.comparingInt(ApprovedExceptionCoverage::specificity)
                        .thenComparing(exception -> exception.expiresAt))
                .map(exception -> new CoveringException(exception.id, exception.expiresAt));
    }

    private static boolean covers(RiskException exception, String findingId, ResourceRef resource,
            Map<String, String> tags) {
        if (exception.findingId != null) {
            return exception.findingId.equals(findingId);
        }
        return resource != null && exception.scope().matches(resource, tags);
    }

    private static int specificity(RiskException exception) {
        return exception.findingId != null ? FINDING_SPECIFICITY : exception.scopeKind.specificity();
    }
}
