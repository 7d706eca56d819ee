package io.demarc.assessment.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.rest.ControlDetail;
import io.demarc.assessment.rest.ControlSummary;
import io.demarc.catalog.controls.Control;

/** Between the catalog's controls and the API's views of them. */
@ApplicationScoped
public class ControlMapper {

    public ControlSummary toSummary(Control control) {
        return new ControlSummary(control.id(), control.title(), control.severity(), control.resourceTypes(),
                control.domain(), control.references());
    }

    public ControlDetail toDetail(Control control, String catalogVersion) {
        return new ControlDetail(control.id(), control.title(), control.description(), control.severity(),
                control.resourceTypes(), control.domain(), control.references(), control.remediation(),
                control.expression(), control.applicability(), control.evidence(), catalogVersion);
    }
}
