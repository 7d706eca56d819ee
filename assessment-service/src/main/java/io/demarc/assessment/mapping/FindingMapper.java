package io.demarc.assessment.mapping;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.assessment.model.StatusFlip;
import io.demarc.assessment.rest.FindingDetail;
import io.demarc.assessment.rest.FindingView;
import io.demarc.catalog.controls.Control;

/** Between stored evaluations and the findings API. */
@ApplicationScoped
public class FindingMapper {

    /** @param control empty when the control is no longer in the catalog */
    public FindingView toView(LatestEvaluation row, Optional<Control> control) {
        return new FindingView(row.findingId, row.controlId, control.map(Control::title).orElse(null),
                control.map(Control::severity).orElse(null), row.domain, row.status, row.resource(), row.owner(),
                row.ownerTeamId == null, row.firstSeen, row.evaluatedAt, row.exceptionId, row.exceptionExpiresAt);
    }

    public FindingDetail toDetail(LatestEvaluation row, Optional<Control> control, List<StatusFlip> flips) {
        return new FindingDetail(toView(row, control), row.message, FindingEventMapper.json(row.evidence),
                row.itemHash, row.itemCaptureTime, control.map(Control::remediation).orElse(null),
                control.map(Control::references).orElse(null),
                flips.stream().map(flip -> new FindingDetail.StatusChange(flip.previousStatus, flip.status,
                        flip.flippedAt)).toList());
    }
}
