package io.demarc.assessment.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.assessment.repository.LatestEvaluationRepository;
import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.Control;
import io.demarc.catalog.engine.Evaluation;
import io.demarc.catalog.engine.Evidence;
import io.demarc.catalog.engine.PreparedItem;
import io.demarc.catalog.engine.RuleEngine;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

/** Evaluates every control a tenant has for one resource and records the verdicts. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResourceEvaluator {

    @Inject
    RuleEngine engine;

    @Inject
    TenantControls controls;

    @Inject
    LatestEvaluationRepository evaluations;

    @Inject
    FindingRecorder recorder;

    /**
     * @param deleted the resource is gone: every finding it had closes
     * @return how many finding events were appended
     */
    public int evaluate(String tenantId, PreparedItem prepared, boolean deleted, TenantOwners owners) {
        ConfigurationItem item = prepared.item();
        Map<String, LatestEvaluation> stored = evaluations.forResource(tenantId, item.ref()).stream()
                .collect(Collectors.toMap(row -> row.controlId, Function.identity()));
        Instant now = Instant.now();
        int announced = 0;
        if (deleted) {
            Evidence evidence = new Evidence(null, prepared.sha256(), prepared.captureTime());
            for (LatestEvaluation row : stored.values()) {
                Optional<Control> control = controls.find(tenantId, row.controlId);
                // A control removed since this row was stored has nothing to announce with.
                if (control.isPresent() && recorder.record(tenantId, item, control.get(), new Evaluation(
                        row.controlId, FindingStatus.NOT_APPLICABLE, "the resource was deleted", evidence), row,
                        owners, now)) {
                    announced++;
                }
            }
            return announced;
        }
        for (CompiledControl compiled : controls.forResourceType(tenantId, item.resourceType())) {
            Evaluation result = engine.evaluate(compiled, prepared);
            if (recorder.record(tenantId, item, compiled.control(), result, stored.get(compiled.control().id()),
                    owners, now)) {
                announced++;
            }
        }
        return announced;
    }
}
