package io.demarc.assessment.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.assessment.model.LatestEvaluationId;
import io.demarc.assessment.model.ResourceItem;
import io.demarc.assessment.repository.LatestEvaluationRepository;
import io.demarc.assessment.repository.ResourceItemRepository;
import io.demarc.assessment.repository.StatusFlipRepository;
import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.engine.Evaluation;
import io.demarc.catalog.engine.PreparedItem;
import io.demarc.catalog.engine.RuleEngine;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;

/**
 * Evaluates stored items again when the rules changed rather than the resources: a tenant's control created, changed
 * or deleted, or a new catalog version.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Reevaluation {

    @Inject
    ControlLibrary library;

    @Inject
    RuleEngine engine;

    @Inject
    ResourceItemRepository items;

    @Inject
    LatestEvaluationRepository evaluations;

    @Inject
    StatusFlipRepository flips;

    @Inject
    ResourceEvaluator evaluator;

    @Inject
    FindingRecorder recorder;

    @Inject
    Owners owners;

    @Inject
    AccountEvaluator accounts;

    /**
     * Evaluates one control on the tenant's resources of {@code resourceTypes} (the control's types, plus those it
     * covered before a change, whose findings it now closes).
     *
     * @return how many finding events were appended
     */
    public int control(String tenantId, CompiledControl compiled, Collection<String> resourceTypes) {
        TenantOwners tenantOwners = owners.of(tenantId);
        Instant now = Instant.now();
        Control control = compiled.control();
        int announced = 0;
        for (ResourceItem stored : items.liveOfTypes(tenantId, resourceTypes)) {
            ConfigurationItem item = parse(stored);
            LatestEvaluation row = evaluations.findById(new LatestEvaluationId(tenantId,
                    FindingIds.of(tenantId, control.id(), item.ref())));
            if (row == null && !control.appliesTo(item.resourceType())) {
                continue;
            }
            Evaluation result = engine.evaluate(compiled, PreparedItem.of(item));
            if (recorder.record(tenantId, item, control, result, row, tenantOwners, now)) {
                announced++;
            }
        }
        return announced;
    }

    /** Closes every finding of a deleted control, then forgets them. */
    public int closeControl(String tenantId, Control control) {
        List<LatestEvaluation> rows = evaluations.ofControl(tenantId, control.id());
        Instant now = Instant.now();
        int announced = 0;
        for (LatestEvaluation row : rows) {
            if (recorder.close(row, control, "the control was deleted", now)) {
                announced++;
            }
        }
        evaluations.flush();
        flips.deleteOfControl(tenantId, control.id());
        evaluations.deleteOfControl(tenantId, control.id());
        return announced;
    }

    /**
     * Evaluates again, with every control the tenant has, one batch of the tenant's resources last evaluated with
     * another catalog version; rows another replica is working on are skipped.
     *
     * @return how many resources were evaluated; 0 when none is left
     */
    public int staleBatch(String tenantId, int size) {
        List<ResourceItem> batch = items.staleBatch(tenantId, library.version(), size);
        Set<String> accountsDone = new HashSet<>();
        for (ResourceItem stored : batch) {
            ConfigurationItem item = parse(stored);
            TenantOwners tenantOwners = owners.of(stored.tenantId);
            evaluator.evaluate(stored.tenantId, PreparedItem.of(item), false, tenantOwners);
            // Account-scoped controls may be new too: judge each account of the batch once, in all its regions.
            if (accountsDone.add(stored.tenantId + "/" + stored.accountId)) {
                accounts.evaluate(stored.tenantId, item, false, true, tenantOwners);
            }
            stored.catalogVersion = library.version();
        }
        return batch.size();
    }

    /** How many resources of each tenant were last evaluated with another catalog version. */
    public Map<String, Long> staleByTenant() {
        return items.countStaleByTenant(library.version());
    }

    static ConfigurationItem parse(ResourceItem stored) {
        try {
            return EventCodec.mapper().readValue(stored.item, ConfigurationItem.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored item " + stored.resourceKey + " is not readable", e);
        }
    }
}
