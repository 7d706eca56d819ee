package io.demarc.assessment.drift.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.assessment.drift.model.Baseline;
import io.demarc.assessment.drift.model.Drift;
import io.demarc.assessment.drift.repository.ResourceTimelineRepository;
import io.demarc.assessment.drift.rest.BaselineView;
import io.demarc.assessment.drift.rest.DriftView;
import io.demarc.assessment.drift.rest.TimelineEntry;
import io.demarc.contracts.EventCodec;

/** Between stored baselines and drift and their API views. */
@ApplicationScoped
public class DriftMapper {

    public BaselineView toView(Baseline baseline) {
        return new BaselineView(String.valueOf(baseline.id), baseline.accountId, baseline.note, baseline.approvedBy,
                baseline.approvedAt, baseline.resourceCount);
    }

    public DriftView toView(Drift drift) {
        return new DriftView(String.valueOf(drift.id), String.valueOf(drift.baselineId), drift.resource(),
                json(drift.patch), drift.itemHash, drift.itemCaptureTime, drift.detectedAt);
    }

    public TimelineEntry toEntry(ResourceTimelineRepository.Row row) {
        Instant at = Instant.EPOCH.plus(row.atMicros(), ChronoUnit.MICROS);
        boolean drift = "DRIFT".equals(row.kind());
        return new TimelineEntry(row.kind(), at, row.controlId(), row.previousStatus(), row.status(),
                drift ? String.valueOf(row.id()) : null, drift ? json(row.patch()) : null);
    }

    private static JsonNode json(String text) {
        try {
            return text == null ? null : EventCodec.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
