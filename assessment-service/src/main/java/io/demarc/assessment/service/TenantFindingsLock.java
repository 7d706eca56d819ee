package io.demarc.assessment.service;

import java.sql.PreparedStatement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * Serializes what decides a finding's owner or exception against the evaluations that announce findings, per tenant.
 * Without it an assignment and a new resource arriving together on two consumers each miss the other's uncommitted
 * write, and the new finding stays unowned until the next refresh. Evaluations take the lock shared (they run side by
 * side); a refresh takes it exclusive, so it sees every evaluation committed before it, and every evaluation after it
 * sees its assignments. Transaction-scoped PostgreSQL advisory locks: released at commit or rollback.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TenantFindingsLock {

    @Inject
    EntityManager entityManager;

    /** Taken by an evaluation before it reads the tenant's assignments. */
    public void forEvaluation(String tenantId) {
        lock("select pg_advisory_xact_lock_shared(hashtext(?))", tenantId);
    }

    /** Taken by a refresh before it reads the tenant's evaluations. */
    public void forRefresh(String tenantId) {
        lock("select pg_advisory_xact_lock(hashtext(?))", tenantId);
    }

    private void lock(String sql, String tenantId) {
        // The lock functions return void, which a JPA native query cannot map: run them over the session's connection.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, "findings:" + tenantId);
                statement.execute();
            }
        });
    }
}
