package io.demarc.assessment.model;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link LatestEvaluation}: a finding id is unique within its tenant. */
public class LatestEvaluationId implements Serializable {

    public String tenantId;
    public String findingId;

    public LatestEvaluationId() {
    }

    public LatestEvaluationId(String tenantId, String findingId) {
        this.tenantId = tenantId;
        this.findingId = findingId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LatestEvaluationId id && Objects.equals(tenantId, id.tenantId)
                && Objects.equals(findingId, id.findingId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, findingId);
    }
}
