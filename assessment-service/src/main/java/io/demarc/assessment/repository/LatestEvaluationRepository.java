package io.demarc.assessment.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.assessment.model.LatestEvaluationId;
import io.demarc.contracts.ResourceRef;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class LatestEvaluationRepository implements PanacheRepositoryBase<LatestEvaluation, LatestEvaluationId> {

    /** Every stored evaluation of one resource of a tenant, whatever the control. */
    public List<LatestEvaluation> forResource(String tenantId, ResourceRef resource) {
        return list("tenantId = ?1 and accountId = ?2 and resourceType = ?3 and resourceId = ?4"
                + " and coalesce(awsRegion, '') = ?5", tenantId, resource.accountId(), resource.resourceType(),
                resource.resourceId(), resource.awsRegion() == null ? "" : resource.awsRegion());
    }
}
