package io.demarc.assessment.exception.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.demarc.assessment.exception.model.RiskException;
import io.demarc.contracts.ExceptionChanged.State;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RiskExceptionRepository implements PanacheRepositoryBase<RiskException, String> {

    /** PostgreSQL's SKIP LOCKED through Hibernate: rows another replica's expiry job holds are left to it. */
    private static final int SKIP_LOCKED = -2;
    /** The states an exception can expire from. */
    private static final List<State> DUE_STATES = List.of(State.REQUESTED, State.APPROVED);

    public Optional<RiskException> findInTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /** The same, locked for a state change so that two deciders cannot both win. */
    public Optional<RiskException> lockInTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Approved exceptions of one control that have not expired at {@code at}. */
    public List<RiskException> approvedFor(String tenantId, String controlId, Instant at) {
        return list("tenantId = ?1 and controlId = ?2 and state = ?3 and expiresAt > ?4", tenantId, controlId,
                State.APPROVED, at);
    }

    /** The tenants that have a pending or approved exception whose expiry has come. */
    public List<String> tenantsWithDue(Instant now) {
        return getEntityManager().createQuery("select distinct e.tenantId from RiskException e where e.state in ?1"
                + " and e.expiresAt <= ?2 order by e.tenantId", String.class)
                .setParameter(1, DUE_STATES).setParameter(2, now).getResultList();
    }

    /** The tenant's pending or approved exceptions whose expiry has come, locked; rows locked elsewhere are skipped. */
    public List<RiskException> lockDue(String tenantId, Instant now, int max) {
        return find("tenantId = ?1 and state in ?2 and expiresAt <= ?3", tenantId, DUE_STATES, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(0, max).list();
    }

    /** Newest first, {@code limit} rows after the row with sequence {@code afterSeq} (null: from the newest). */
    public List<RiskException> search(String tenantId, ExceptionFilter filter, Long afterSeq, int limit) {
        List<String> where = new ArrayList<>(List.of("tenantId = :tenant"));
        Map<String, Object> values = new HashMap<>(Map.of("tenant", tenantId));
        if (filter.state() != null) {
            where.add("state = :state");
            values.put("state", filter.state());
        }
        if (filter.controlId() != null) {
            where.add("controlId = :control");
            values.put("control", filter.controlId());
        }
        if (filter.findingId() != null) {
            where.add("findingId = :finding");
            values.put("finding", filter.findingId());
        }
        if (filter.requestedBy() != null) {
            where.add("requestedBy = :requester");
            values.put("requester", filter.requestedBy());
        }
        if (afterSeq != null) {
            where.add("seq < :after");
            values.put("after", afterSeq);
        }
        return find(String.join(" and ", where) + " order by seq desc", values).page(0, limit).list();
    }
}
