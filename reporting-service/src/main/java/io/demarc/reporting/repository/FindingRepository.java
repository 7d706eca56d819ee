package io.demarc.reporting.repository;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.reporting.model.Finding;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class FindingRepository implements PanacheRepository<Finding> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a page of the list starts: after this (severity rank, finding id), the list's unique sort key. */
    public record Position(short severityRank, String findingId) {
    }

    public Optional<Finding> findByTenantAndFindingId(String tenantId, String findingId) {
        return find("tenantId = ?1 and findingId = ?2", tenantId, findingId).firstResultOptional();
    }

    /**
     * Up to {@code limit} findings after {@code after} (null: from the start), most severe first, then by finding id.
     * Continuing after a key rather than skipping rows keeps a far page as cheap as the first, read in order from
     * {@code finding_list_idx} or {@code finding_status_list_idx}.
     */
    public List<Finding> page(FindingCriteria criteria, Position after, int limit) {
        StringJoiner where = new StringJoiner(" and ");
        Parameters parameters = Parameters.with("tenantId", criteria.tenantId());
        where.add("tenantId = :tenantId");
        if (criteria.status() != null) {
            where.add("status = :status");
            parameters.and("status", criteria.status());
        }
        if (criteria.severity() != null) {
            // The rank is a function of the severity (the generated column severity_rank): naming it as well lets
            // PostgreSQL start the list index at the severity's rank instead of reading every more severe row first.
            where.add("severity = :severity and severityRank = :severityRank");
            parameters.and("severity", criteria.severity()).and("severityRank",
                    severityRank(criteria.severity().name()));
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
        if (criteria.resourceId() != null) {
            where.add("resourceId = :resourceId");
            parameters.and("resourceId", criteria.resourceId());
        }
        if (FindingCriteria.UNOWNED.equals(criteria.ownerTeamId())) {
            where.add("ownerTeamId is null");
        } else if (criteria.ownerTeamId() != null) {
            where.add("ownerTeamId = :ownerTeamId");
            parameters.and("ownerTeamId", criteria.ownerTeamId());
        }
        if (criteria.framework() != null) {
            // jsonb containment ({"cis-aws-3.0": ["5.2"]}, or [] for any requirement), which finding_refs_idx serves.
            where.add("cast(sql('(? @> cast(? as jsonb))', references, :references) as Boolean) = true");
            parameters.and("references", references(criteria.framework(), criteria.requirement()));
        }
        if (after != null) {
            // A row comparison rather than "rank > r or (rank = r and id > i)": PostgreSQL starts the index scan at
            // the key instead of reading, and filtering out, every row before it.
            where.add("(severityRank, findingId) > (:rank, :findingId)");
            parameters.and("rank", after.severityRank()).and("findingId", after.findingId());
        }
        return find(where + " order by severityRank, findingId", parameters).range(0, limit - 1).list();
    }

    /** As the generated column {@code severity_rank} computes it (V2__read_models.sql). */
    static short severityRank(String severity) {
        return switch (severity) {
            case "CRITICAL" -> 0;
            case "HIGH" -> 1;
            case "MEDIUM" -> 2;
            case "LOW" -> 3;
            default -> 4;
        };
    }

    /** The jsonb a finding's references must contain: the framework with the requirement, or with any. */
    static String references(String framework, String requirement) {
        ObjectNode references = JSON.createObjectNode();
        ArrayNode ids = references.putArray(framework);
        if (requirement != null) {
            ids.add(requirement);
        }
        return references.toString();
    }
}
