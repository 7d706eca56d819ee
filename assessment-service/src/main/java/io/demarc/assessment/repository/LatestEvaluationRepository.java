package io.demarc.assessment.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.assessment.model.LatestEvaluationId;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.ResourceRef;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class LatestEvaluationRepository implements PanacheRepositoryBase<LatestEvaluation, LatestEvaluationId> {

    /** Every stored evaluation of one resource of a tenant, whatever the control. */
    public List<LatestEvaluation> forResource(String tenantId, ResourceRef resource) {
        return list("tenantId = ?1 and accountId = ?2 and resourceType = ?3 and resourceId = ?4"
                + " and coalesce(awsRegion, '') = ?5", tenantId, resource.accountId(), resource.resourceType(),
                resource.resourceId(), resource.awsRegion() == null ? "" : resource.awsRegion());
    }

    public List<LatestEvaluation> ofControl(String tenantId, String controlId) {
        return list("tenantId = ?1 and controlId = ?2", tenantId, controlId);
    }

    /** The findings of these controls that apply to their resource: the ones an owner or exception matters for. */
    public List<LatestEvaluation> applicableOfControls(String tenantId, Collection<String> controlIds) {
        return controlIds.isEmpty()
                ? List.of()
                : list("tenantId = ?1 and controlId in ?2 and status <> ?3", tenantId, controlIds,
                        FindingStatus.NOT_APPLICABLE);
    }

    public long deleteOfControl(String tenantId, String controlId) {
        return delete("tenantId = ?1 and controlId = ?2", tenantId, controlId);
    }

    /** One page of a tenant's findings matching the criteria, by finding id after {@code afterId} (null: first). */
    public List<LatestEvaluation> search(String tenantId, FindingCriteria criteria, String afterId, int size) {
        List<String> where = new ArrayList<>(List.of("tenantId = :tenant"));
        Parameters parameters = Parameters.with("tenant", tenantId);
        if (criteria.status() != null) {
            where.add("status = :status");
            parameters.and("status", criteria.status());
        }
        if (criteria.controlIds() != null) {
            if (criteria.controlIds().isEmpty()) {
                return List.of();
            }
            where.add("controlId in :controls");
            parameters.and("controls", criteria.controlIds());
        }
        if (criteria.resourceType() != null) {
            where.add("lower(resourceType) = lower(:type)");
            parameters.and("type", criteria.resourceType());
        }
        if (criteria.accountId() != null) {
            where.add("accountId = :account");
            parameters.and("account", criteria.accountId());
        }
        if (criteria.region() != null) {
            where.add("awsRegion = :region");
            parameters.and("region", criteria.region());
        }
        if (criteria.ownerTeamId() != null) {
            where.add("ownerTeamId = :owner");
            parameters.and("owner", criteria.ownerTeamId());
        }
        if (criteria.unowned() != null) {
            where.add(criteria.unowned() ? "ownerTeamId is null" : "ownerTeamId is not null");
        }
        if (afterId != null) {
            where.add("findingId > :after");
            parameters.and("after", afterId);
        }
        return find(String.join(" and ", where) + " order by findingId", parameters).page(0, size).list();
    }
}
