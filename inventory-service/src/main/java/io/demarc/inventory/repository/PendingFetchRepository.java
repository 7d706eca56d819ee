package io.demarc.inventory.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.demarc.inventory.api.PendingFetchView;

/** The {@code pending_fetch} table: oversized items still to be fetched in full. Every query is scoped to a tenant. */
@ApplicationScoped
public class PendingFetchRepository {

    @Inject
    EntityManager entityManager;

    /** A summary of a resource's newest oversized item; an older summary than the one recorded changes nothing. */
    public record Summary(String accountId, String awsRegion, String resourceType, String resourceId,
            Instant captureTime, String stateId, String changeType, String s3Location) {
    }

    public void record(String tenantId, Summary summary, String source) {
        entityManager.createNativeQuery("""
                insert into pending_fetch (tenant_id, account_id, aws_region, resource_type, resource_id, capture_time,
                    state_id, change_type, s3_location, source, received_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, now())
                on conflict on constraint pending_fetch_key do update set capture_time = excluded.capture_time,
                    state_id = excluded.state_id, change_type = excluded.change_type,
                    s3_location = excluded.s3_location, source = excluded.source, received_at = excluded.received_at
                where excluded.capture_time >= pending_fetch.capture_time""")
                .setParameter(1, tenantId).setParameter(2, summary.accountId()).setParameter(3, summary.awsRegion())
                .setParameter(4, summary.resourceType()).setParameter(5, summary.resourceId())
                .setParameter(6, Timestamp.from(summary.captureTime())).setParameter(7, summary.stateId())
                .setParameter(8, summary.changeType()).setParameter(9, summary.s3Location())
                .setParameter(10, source).executeUpdate();
    }

    /**
     * Unsettled rows by id, after {@code afterId}: a row is settled once the stored item of its resource is at least
     * as new as the summary.
     */
    public List<PendingFetchView> listUnsettled(String tenantId, long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select p.id, p.account_id, p.aws_region, p.resource_type, p.resource_id, p.capture_time, p.state_id,
                    p.change_type, p.s3_location, p.source, p.received_at
                from pending_fetch p
                where p.tenant_id = ?1 and p.id > ?2 and not exists (
                    select 1 from resource r where r.tenant_id = p.tenant_id and r.resource_type = p.resource_type
                        and r.resource_id = p.resource_id and r.account_id = p.account_id
                        and r.aws_region is not distinct from p.aws_region and r.capture_time >= p.capture_time)
                order by p.id limit ?3""").setParameter(1, tenantId).setParameter(2, afterId)
                .setParameter(3, limit).getResultList();
        return rows.stream().map(PendingFetchRepository::view).toList();
    }

    private static PendingFetchView view(Object[] row) {
        return new PendingFetchView(NativeRows.number(row[0]), (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], NativeRows.instant(row[5]), (String) row[6], (String) row[7],
                (String) row[8],
                (String) row[9], NativeRows.instant(row[10]));
    }
}
