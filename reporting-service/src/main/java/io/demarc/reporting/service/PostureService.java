package io.demarc.reporting.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.FrameworkCatalog;
import io.demarc.reporting.model.Attestation;
import io.demarc.reporting.model.ControlTally;
import io.demarc.reporting.repository.AttestationRepository;
import io.demarc.reporting.repository.ControlTallyRepository;
import io.demarc.reporting.rest.FailingControl;
import io.demarc.reporting.rest.FrameworkPosture;
import io.demarc.reporting.rest.PostureReport;
import io.demarc.reporting.rest.RequirementPosture;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Posture per framework from the read models: one read of the per-control counters (a few hundred rows however many
 * resources the tenant has) and of today's attestations, then arithmetic over the catalog.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PostureService {

    @Inject
    FrameworkCatalog catalog;

    @Inject
    ControlTallyRepository tallies;

    @Inject
    ControlLibrary controls;

    @Inject
    AttestationRepository attestations;

    @Inject
    Clock clock;

    /** Every framework's posture for the tenant, or for one of its accounts when {@code accountId} is not null. */
    public PostureReport posture(String tenantId, String accountId) {
        LocalDate today = LocalDate.now(clock);
        PostureCalculator calculator = calculator(tenantId, accountId);
        Map<String, Set<String>> attested = attestedRequirements(tenantId, today);
        List<FrameworkPosture> frameworks = catalog.all().stream()
                .map(framework -> calculator.framework(framework, attested.getOrDefault(framework.key(), Set.of())))
                .toList();
        return new PostureReport(tenantId, accountId, today, frameworks);
    }

    /**
     * The controls with the most open failures, most first (then by id), at most {@code limit}: read from the same
     * counters as posture, so the cost does not grow with the tenant's findings.
     */
    public List<FailingControl> failingControls(String tenantId, String accountId, int limit) {
        return tallies.tallies(tenantId, accountId).stream()
                .filter(tally -> tally.failing() > 0)
                .sorted(Comparator.comparingLong(ControlTally::failing).reversed()
                        .thenComparing(ControlTally::controlId))
                .limit(limit)
                .map(tally -> {
                    Optional<Control> control = controls.find(tally.controlId());
                    return new FailingControl(tally.controlId(), control.map(Control::title).orElse(null),
                            control.map(c -> c.severity().name()).orElse(null), tally.failing(), tally.excepted(),
                            tally.passing());
                })
                .toList();
    }

    /** Each requirement of one framework with its status, in the framework's order. */
    public List<RequirementPosture> requirements(String tenantId, String accountId, String frameworkKey) {
        Framework framework = framework(frameworkKey);
        Set<String> attested = attestedRequirements(tenantId, LocalDate.now(clock))
                .getOrDefault(framework.key(), Set.of());
        PostureCalculator calculator = calculator(tenantId, accountId);
        return framework.requirements().stream().map(r -> calculator.requirement(r, attested)).toList();
    }

    /** @throws HttpProblem 404 naming the known keys when the framework is unknown */
    public Framework framework(String key) {
        return catalog.find(key).orElseThrow(() -> HttpProblem.builder().withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found").withDetail("No framework '" + key + "'; known: "
                        + catalog.all().stream().map(Framework::key).collect(Collectors.joining(", ")))
                .build());
    }

    private PostureCalculator calculator(String tenantId, String accountId) {
        return new PostureCalculator(tallies.tallies(tenantId, accountId).stream()
                .collect(Collectors.toMap(ControlTally::controlId, Function.identity())));
    }

    /** Requirement ids with an attestation valid today, per framework key. Attestations hold tenant-wide. */
    private Map<String, Set<String>> attestedRequirements(String tenantId, LocalDate day) {
        return attestations.validOn(tenantId, day).stream().collect(Collectors.groupingBy(
                attestation -> attestation.framework,
                Collectors.mapping((Attestation attestation) -> attestation.requirementId, Collectors.toSet())));
    }
}
