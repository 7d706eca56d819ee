package io.demarc.assessment.model;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link CustomControlRow}. */
public class CustomControlRowId implements Serializable {

    public String tenantId;
    public String controlId;

    public CustomControlRowId() {
    }

    public CustomControlRowId(String tenantId, String controlId) {
        this.tenantId = tenantId;
        this.controlId = controlId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomControlRowId id && Objects.equals(tenantId, id.tenantId)
                && Objects.equals(controlId, id.controlId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, controlId);
    }
}
