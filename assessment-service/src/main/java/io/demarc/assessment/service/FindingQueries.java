package io.demarc.assessment.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.assessment.model.LatestEvaluationId;
import io.demarc.assessment.model.StatusFlip;
import io.demarc.assessment.repository.FindingCriteria;
import io.demarc.assessment.repository.LatestEvaluationRepository;
import io.demarc.assessment.repository.StatusFlipRepository;
import io.demarc.catalog.controls.Control;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;

/** Reads a tenant's findings: filtered pages of them, or one with its timeline. */
@ApplicationScoped
public class FindingQueries {

    @Inject
    LatestEvaluationRepository evaluations;

    @Inject
    StatusFlipRepository flips;

    @Inject
    TenantControls controls;

    /** What a finding filter says, once checked; a null field does not filter. */
    public record Filter(FindingStatus status, Severity severity, String controlId, String resourceType,
            String accountId, String region, String ownerTeamId, Boolean unowned, String framework) {
    }

    /** One page by finding id after {@code afterId}, with the tenant's controls by id for the views. */
    public Page search(String tenantId, Filter filter, String afterId, int size) {
        Map<String, Control> byId = controlsById(tenantId);
        FindingCriteria criteria = new FindingCriteria(filter.status(), controlIds(filter, byId.values()),
                filter.resourceType(), filter.accountId(), filter.region(), filter.ownerTeamId(), filter.unowned());
        return new Page(evaluations.search(tenantId, criteria, afterId, size), byId);
    }

    public record Page(List<LatestEvaluation> rows, Map<String, Control> controls) {
    }

    public Optional<LatestEvaluation> find(String tenantId, String findingId) {
        return evaluations.findByIdOptional(new LatestEvaluationId(tenantId, findingId));
    }

    public List<StatusFlip> timeline(String tenantId, String findingId) {
        return flips.ofFinding(tenantId, findingId);
    }

    public Optional<Control> control(String tenantId, String controlId) {
        return controls.find(tenantId, controlId);
    }

    private Map<String, Control> controlsById(String tenantId) {
        return controls.all(tenantId).stream().collect(Collectors.toMap(Control::id, c -> c, (a, b) -> a));
    }

    /** The control ids the control, severity and framework filters leave; null when none of them is given. */
    private static Set<String> controlIds(Filter filter, Collection<Control> all) {
        if (filter.controlId() == null && filter.severity() == null && filter.framework() == null) {
            return null;
        }
        Predicate<Control> matches = control -> (filter.controlId() == null || filter.controlId().equals(control.id()))
                && (filter.severity() == null || filter.severity() == control.severity())
                && (filter.framework() == null || control.references().containsKey(filter.framework()));
        return all.stream().filter(matches).map(Control::id).collect(Collectors.toSet());
    }
}
