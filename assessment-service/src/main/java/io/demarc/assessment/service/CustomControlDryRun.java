package io.demarc.assessment.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.demarc.assessment.model.ResourceItem;
import io.demarc.assessment.repository.ResourceItemRepository;
import io.demarc.assessment.rest.DryRunView;
import io.demarc.assessment.rest.DryRunView.Sample;
import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.engine.Evaluation;
import io.demarc.catalog.engine.PreparedItem;
import io.demarc.catalog.engine.RuleEngine;
import io.demarc.contracts.ConfigurationItem;

/**
 * Tries a custom control on the tenant's current resources of its types without storing or announcing anything, so
 * an author sees what it would find before saving it. Bounded: at most {@code max-resources} resources (in resource
 * order) are judged, and only a sample of failing and erroneous ones is named.
 */
@ApplicationScoped
public class CustomControlDryRun {

    @Inject
    ResourceItemRepository items;

    @Inject
    RuleEngine engine;

    @ConfigProperty(name = "demarc.assessment.custom-controls.dry-run.max-resources", defaultValue = "5000")
    int maxResources;

    @ConfigProperty(name = "demarc.assessment.custom-controls.dry-run.sample-size", defaultValue = "20")
    int sampleSize;

    @Transactional(Transactional.TxType.REQUIRED)
    public DryRunView run(String tenantId, CompiledControl compiled, List<String> resourceTypes) {
        List<ResourceItem> stored = items.liveOfTypes(tenantId, resourceTypes, maxResources + 1);
        boolean limited = stored.size() > maxResources;
        List<ResourceItem> tried = limited ? stored.subList(0, maxResources) : stored;
        int pass = 0;
        int fail = 0;
        int error = 0;
        int notApplicable = 0;
        List<Sample> failing = new ArrayList<>();
        List<Sample> errors = new ArrayList<>();
        for (ResourceItem row : tried) {
            ConfigurationItem item = Reevaluation.parse(row);
            Evaluation result = engine.evaluate(compiled, PreparedItem.of(item));
            switch (result.status()) {
                case PASS -> pass++;
                case FAIL -> {
                    fail++;
                    if (failing.size() < sampleSize) {
                        failing.add(sample(row, result));
                    }
                }
                case ERROR -> {
                    error++;
                    if (errors.size() < sampleSize) {
                        errors.add(sample(row, result));
                    }
                }
                case NOT_APPLICABLE -> notApplicable++;
            }
        }
        return new DryRunView(List.copyOf(resourceTypes), tried.size(), maxResources, limited, pass, fail, error,
                notApplicable, sampleSize, failing, errors);
    }

    private static Sample sample(ResourceItem row, Evaluation result) {
        return new Sample(row.resourceType, row.resourceId, row.accountId, row.awsRegion, result.message());
    }
}
