package io.demarc.assessment.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;

import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.assessment.model.ResourceItem;
import io.demarc.assessment.model.ResourceKeys;
import io.demarc.assessment.repository.LatestEvaluationRepository;
import io.demarc.assessment.repository.ResourceItemRepository;
import io.demarc.catalog.controls.Control;
import io.demarc.contracts.EventCodec;

/**
 * Re-announces the applicable findings whose owner or covering exception changed. Not-applicable findings are left
 * alone: nobody acts on them, and they get a fresh owner when they are next evaluated.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FindingRefreshService implements FindingRefresh {

    private static final TypeReference<Map<String, String>> TAGS = new TypeReference<>() {
    };

    @Inject
    TenantFindingsLock findingsLock;

    @Inject
    TenantControls controls;

    @Inject
    LatestEvaluationRepository evaluations;

    @Inject
    ResourceItemRepository items;

    @Inject
    Owners owners;

    @Inject
    FindingRecorder recorder;

    @Override
    public int refresh(String tenantId, String controlId) {
        List<Control> all = controls.all(tenantId);
        Set<String> ids = all.stream().map(Control::id).filter(id -> controlId == null || id.equals(controlId))
                .collect(Collectors.toSet());
        return refresh(tenantId, ids, all);
    }

    /** Refreshes the findings of the controls of these responsibility domains: what an assignment change touches. */
    public int refreshDomains(String tenantId, Collection<String> domains) {
        List<Control> all = controls.all(tenantId);
        Set<String> ids = all.stream().filter(control -> domains.contains(control.domain())).map(Control::id)
                .collect(Collectors.toSet());
        return refresh(tenantId, ids, all);
    }

    private int refresh(String tenantId, Set<String> controlIds, List<Control> all) {
        findingsLock.forRefresh(tenantId);
        Map<String, Control> byId = all.stream().collect(Collectors.toMap(Control::id, c -> c, (a, b) -> a));
        List<LatestEvaluation> rows = evaluations.applicableOfControls(tenantId, controlIds);
        Map<String, Map<String, String>> tags = tagsOf(tenantId, rows);
        TenantOwners tenantOwners = owners.of(tenantId);
        Instant now = Instant.now();
        int announced = 0;
        for (LatestEvaluation row : rows) {
            Optional<Control> control = Optional.ofNullable(byId.get(row.controlId));
            if (control.isPresent() && recorder.refresh(row, control.get(),
                    tags.getOrDefault(ResourceKeys.of(row.resource()), Map.of()), tenantOwners, now)) {
                announced++;
            }
        }
        return announced;
    }

    private Map<String, Map<String, String>> tagsOf(String tenantId, List<LatestEvaluation> rows) {
        Set<String> keys = rows.stream().map(row -> ResourceKeys.of(row.resource())).collect(Collectors.toSet());
        Map<String, Map<String, String>> tags = new HashMap<>();
        for (ResourceItem item : items.ofKeys(tenantId, keys)) {
            tags.put(item.resourceKey, parse(item.tags));
        }
        return tags;
    }

    static Map<String, String> parse(String tags) {
        try {
            return tags == null ? Map.of() : EventCodec.mapper().readValue(tags, TAGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
