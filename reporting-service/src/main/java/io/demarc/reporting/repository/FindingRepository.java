package io.demarc.reporting.repository;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.reporting.model.Finding;
import io.demarc.service.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class FindingRepository implements PanacheRepository<Finding> {

    /** Most severe first: the enum runs from INFORMATIONAL to CRITICAL, the list must run the other way. */
    private static final String BY_SEVERITY_THEN_LATEST_CHANGE = " order by case severity"
            + " when io.demarc.contracts.Severity.CRITICAL then 0"
            + " when io.demarc.contracts.Severity.HIGH then 1"
            + " when io.demarc.contracts.Severity.MEDIUM then 2"
            + " when io.demarc.contracts.Severity.LOW then 3"
            + " else 4 end, statusChangedAt desc, findingId";

    public Optional<Finding> findByTenantAndFindingId(String tenantId, String findingId) {
        return find("tenantId = ?1 and findingId = ?2", tenantId, findingId).firstResultOptional();
    }

    public List<Finding> search(FindingCriteria criteria, PageRequest page) {
        PanacheQuery<Finding> query = query(criteria, BY_SEVERITY_THEN_LATEST_CHANGE);
        return query.page(page.page, page.size).list();
    }

    public long count(FindingCriteria criteria) {
        return query(criteria, "").count();
    }

    private PanacheQuery<Finding> query(FindingCriteria criteria, String orderBy) {
        StringJoiner where = new StringJoiner(" and ");
        Parameters parameters = Parameters.with("tenantId", criteria.tenantId());
        where.add("tenantId = :tenantId");
        if (criteria.status() != null) {
            where.add("status = :status");
            parameters.and("status", criteria.status());
        }
        if (criteria.severity() != null) {
            where.add("severity = :severity");
            parameters.and("severity", criteria.severity());
        }
        if (criteria.controlId() != null) {
            where.add("controlId = :controlId");
            parameters.and("controlId", criteria.controlId());
        }
        if (criteria.resourceType() != null) {
            where.add("resourceType = :resourceType");
            parameters.and("resourceType", criteria.resourceType());
        }
        if (criteria.accountId() != null) {
            where.add("accountId = :accountId");
            parameters.and("accountId", criteria.accountId());
        }
        return find(where + orderBy, parameters);
    }
}
