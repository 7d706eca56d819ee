package io.demarc.assessment.drift.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.demarc.contracts.ResourceRef;

/**
 * One resource's history: the status flips of its findings (the assessment's {@code status_flip} joined with
 * {@code evaluation}) and its drift, newest first. Ordered by (time in microseconds, kind, id), the key its cursor
 * carries.
 */
@ApplicationScoped
public class ResourceTimelineRepository {

    /** A point of the timeline; status fields are set for STATUS rows, {@code patch} for DRIFT rows. */
    public record Row(long atMicros, String kind, long id, String controlId, String previousStatus, String status,
            String patch) {

        public String sortKey() {
            return atMicros + "|" + kind + "|" + id;
        }
    }

    private static final String UNION = "select * from ("
            + " select cast(extract(epoch from f.flipped_at) * 1000000 as bigint) as at_micros, 'STATUS' as kind,"
            + " f.id, e.control_id, f.previous_status, f.status, cast(null as text) as patch"
            + " from status_flip f join evaluation e on e.tenant_id = f.tenant_id and e.finding_id = f.finding_id"
            + " where f.tenant_id = :tenant and e.account_id = :account and coalesce(e.aws_region, '') = :region"
            + " and e.resource_type = :type and e.resource_id = :id"
            + " union all"
            + " select cast(extract(epoch from d.detected_at) * 1000000 as bigint), 'DRIFT', d.id, null, null, null,"
            + " cast(d.patch as text) from drift d where d.tenant_id = :tenant and d.resource_key = :key) t";

    @Inject
    EntityManager entityManager;

    /** @param after the sort key of the last row already served, split in its parts; null for the first page */
    public List<Row> page(String tenantId, ResourceRef resource, String resourceKey, Object[] after, int limit) {
        String where = after == null ? "" : " where (t.at_micros, t.kind, t.id) < (:afterAt, :afterKind, :afterId)";
        var query = entityManager.createNativeQuery(UNION + where
                + " order by t.at_micros desc, t.kind desc, t.id desc limit :limit")
                .setParameter("tenant", tenantId).setParameter("account", resource.accountId())
                .setParameter("region", resource.awsRegion() == null ? "" : resource.awsRegion())
                .setParameter("type", resource.resourceType()).setParameter("id", resource.resourceId())
                .setParameter("key", resourceKey).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("afterAt", after[0]).setParameter("afterKind", after[1]).setParameter("afterId",
                    after[2]);
        }
        return ((List<?>) query.getResultList()).stream().map(Object[].class::cast)
                .map(row -> new Row(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(),
                        (String) row[3], (String) row[4], (String) row[5], (String) row[6]))
                .toList();
    }
}
