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

/** Turns a stored evaluation into the finding event that announces it, with its owner, history and exception. */
@ApplicationScoped
public class FindingEventMapper {

    /** @param previousStatus the status before this event; equal to the current one when only its context changed */
    public FindingChanged toEvent(LatestEvaluation evaluation, Control control, FindingStatus previousStatus) {
        return new FindingChanged(evaluation.tenantId, evaluation.findingId, control.id(), control.title(),
                control.severity(), evaluation.status, previousStatus, evaluation.resource(), evaluation.evaluatedAt,
                evaluation.itemCaptureTime, evaluation.itemHash, json(evaluation.evidence), control.remediation(),
                control.domain(), evaluation.owner(), evaluation.ownerTeamId == null, evaluation.firstSeen,
                evaluation.evaluatedAt, control.references(), evaluation.exceptionId,
                evaluation.exceptionExpiresAt);
    }

    public static JsonNode json(String evidence) {
        try {
            return evidence == null ? null : EventCodec.mapper().readTree(evidence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
