package io.demarc.assessment.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.assessment.model.CustomControlRow;
import io.demarc.assessment.rest.CustomControlRequest;
import io.demarc.assessment.rest.CustomControlView;
import io.demarc.assessment.service.TenantControls;
import io.demarc.catalog.controls.Control;
import io.demarc.contracts.EventCodec;

/** Between the custom-control API and the catalog's control model. */
@ApplicationScoped
public class CustomControlMapper {

    /**
     * The control a request defines. Built through JSON rather than the constructor, so fields the catalog adds to
     * controls later take their defaults. A control without description is described by its title.
     */
    public Control toControl(String id, CustomControlRequest request) {
        ObjectNode json = EventCodec.mapper().valueToTree(request);
        json.put("id", id);
        if (request.description() == null || request.description().isBlank()) {
            json.put("description", request.title());
        }
        return EventCodec.mapper().convertValue(json, Control.class);
    }

    public CustomControlView toView(CustomControlRow row) {
        Control control = TenantControls.definition(row);
        return new CustomControlView(control.id(), control.title(), control.description(), control.severity(),
                control.resourceTypes(), control.domain(), control.expression(), control.applicability(),
                control.evidence(), control.remediation(), control.references(), row.revision, row.createdBy,
                row.createdAt, row.updatedBy, row.updatedAt);
    }
}
