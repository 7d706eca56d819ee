package io.demarc.assessment.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.catalog.controls.Control;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;

/** Turns a stored evaluation whose status changed into the finding event that announces it. */
@ApplicationScoped
public class FindingEventMapper {

    public FindingChanged toEvent(LatestEvaluation evaluation, Control control, FindingStatus previousStatus) {
        return new FindingChanged(evaluation.tenantId, evaluation.findingId, control.id(), control.title(),
                control.severity(), evaluation.status, previousStatus, evaluation.resource(), evaluation.evaluatedAt,
                evaluation.itemCaptureTime, evaluation.itemHash, json(evaluation.evidence), control.remediation());
    }

    private static JsonNode json(String evidence) {
        try {
            return evidence == null ? null : EventCodec.mapper().readTree(evidence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
