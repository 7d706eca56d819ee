package io.demarc.assessment.drift.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.flipkart.zjsonpatch.JsonDiff;

import io.demarc.assessment.drift.model.Drift;
import io.demarc.assessment.drift.repository.BaselineRepository;
import io.demarc.assessment.drift.repository.BaselineRepository.BaselineConfiguration;
import io.demarc.assessment.drift.repository.DriftRepository;
import io.demarc.assessment.model.ResourceKeys;
import io.demarc.assessment.service.ItemObserver;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.DriftDetected;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.EventKeys;
import io.demarc.contracts.Topics;
import io.demarc.service.outbox.Outbox;

/**
 * Compares every stored item's configuration with its resource's baseline, in the assessment's transaction, and
 * records and announces each departure as an RFC 6902 patch. Resources without a baseline, items equal to it and
 * replays of the item last found drifted record nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DriftDetector implements ItemObserver {

    static final String SOURCE = "/demarc/assessment-service/drift";

    @Inject
    BaselineRepository baselines;

    @Inject
    DriftRepository drifts;

    @Inject
    Outbox outbox;

    @Override
    public void observe(String tenantId, ConfigurationItem item, String itemHash) {
        String key = ResourceKeys.of(item.ref());
        BaselineConfiguration baseline = baselines.configurationOf(tenantId, key).orElse(null);
        if (baseline == null || drifts.latestOf(tenantId, key).filter(d -> d.itemHash.equals(itemHash)).isPresent()) {
            return;
        }
        JsonNode patch = JsonDiff.asJson(parse(baseline.configuration()), orNull(item.configuration()));
        if (patch.isEmpty()) {
            return;
        }
        Drift drift = record(tenantId, key, item, itemHash, baseline.baselineId(), patch);
        DriftDetected data = new DriftDetected(tenantId, String.valueOf(drift.id), String.valueOf(drift.baselineId),
                item.ref(), patch, itemHash, drift.detectedAt);
        CloudEvent<DriftDetected> event = EventCodec.envelope(SOURCE, DriftDetected.TYPE, tenantId, key, data);
        outbox.append(Topics.ASSESSMENT_FINDINGS, EventKeys.forResource(tenantId, item.ref()), event);
    }

    private Drift record(String tenantId, String key, ConfigurationItem item, String itemHash, long baselineId,
            JsonNode patch) {
        Drift drift = new Drift();
        drift.tenantId = tenantId;
        drift.baselineId = baselineId;
        drift.resourceKey = key;
        drift.accountId = item.accountId();
        drift.awsRegion = item.awsRegion();
        drift.resourceType = item.resourceType();
        drift.resourceId = item.resourceId();
        drift.arn = item.arn();
        drift.patch = patch.toString();
        drift.itemHash = itemHash;
        drift.itemCaptureTime = item.configurationItemCaptureTime();
        drift.detectedAt = Instant.now();
        drifts.persist(drift);
        return drift;
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? NullNode.getInstance() : EventCodec.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }
}
