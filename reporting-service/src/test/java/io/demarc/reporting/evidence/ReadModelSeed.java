package io.demarc.reporting.evidence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.demarc.reporting.repository.ControlTallyRepository;
import io.demarc.service.tenancy.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes read-model rows directly, as the projectors would have from events: the evidence and export tests are about
 * what is read, and the projectors have their own tests. Each write runs in its tenant's scope, as a projector's
 * would: the tenant wall refuses a row written for no tenant.
 */
@ApplicationScoped
public class ReadModelSeed {

    @Inject
    EntityManager em;

    @Inject
    ControlTallyRepository tallies;

    /** A finding with evidence, failing since {@code firstSeen}; {@code refs} is the framework_refs JSON. */
    public void finding(String tenant, String findingId, String controlId, String status, String severity,
            String resourceType, String refs, Instant firstSeen) {
        TenantScope.run(tenant, () -> QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into finding (tenant_id, finding_id,"
                        + " control_id, control_title, severity, status, account_id, aws_region, resource_type, resource_id,"
                        + " arn, evaluated_at, item_capture_time, item_hash, evidence, remediation, first_seen_at,"
                        + " status_changed_at, domain, owner_team_id, owner_name, unowned, framework_refs)"
                        + " values (?1, ?2, ?3, 'Title of ' || ?3, ?4, ?5, '111122223333', 'eu-west-1', ?6, 'res-' || ?2,"
                        + " 'arn:aws:x:eu-west-1:111122223333:' || ?2, ?7, ?7, 'sha256:' || ?2,"
                        + " cast('{\"ipPermissions\":[{\"fromPort\":22,\"cidrIp\":\"0.0.0.0/0\"}]}' as jsonb),"
                        + " 'Fix it, \"quoted\", with a comma', ?7, ?7, 'network-configuration', 'team-net', 'Network team',"
                        + " false, cast(?8 as jsonb))")
                        .setParameter(1, tenant).setParameter(2, findingId).setParameter(3, controlId)
                        .setParameter(4, severity).setParameter(5, status).setParameter(6, resourceType)
                        .setParameter(7, firstSeen).setParameter(8, refs).executeUpdate()));
    }

    public void approvedException(String tenant, String exceptionId, String findingId, Instant requestedAt,
            Instant expiresAt) {
        TenantScope.run(tenant, () -> QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into risk_exception (tenant_id,"
                        + " exception_id, state, control_id, finding_id, justification, requested_by, requested_at,"
                        + " approved_by, approved_at, expires_at, changed_at) values (?1, ?2, 'APPROVED',"
                        + " 'ec2-sg-ssh-open-world', ?3, 'Bastion during migration', 'alice', ?4, 'bob', ?4, ?5, ?4)")
                        .setParameter(1, tenant).setParameter(2, exceptionId).setParameter(3, findingId)
                        .setParameter(4, requestedAt).setParameter(5, expiresAt).executeUpdate()));
    }

    public void attestation(String tenant, String attestationId, String framework, String requirementId,
            LocalDate from, LocalDate until) {
        TenantScope.run(tenant, () -> QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into attestation (tenant_id,"
                        + " attestation_id, framework, requirement_id, statement, attestor, evidence_file_name,"
                        + " evidence_sha256, valid_from, valid_until, withdrawn, changed_at) values (?1, ?2, ?3, ?4,"
                        + " 'Policy approved by the board', 'carol', 'policy.pdf', 'ab12', ?5, ?6, false, now())")
                        .setParameter(1, tenant).setParameter(2, attestationId).setParameter(3, framework)
                        .setParameter(4, requirementId).setParameter(5, from).setParameter(6, until).executeUpdate()));
    }

    /** One matrix row with one CUSTOMER cell (owned or not) and one AWS cell. */
    public void matrixRow(String tenant, String resourceType, String customerDomain, String ownerTeam) {
        TenantScope.run(tenant, () -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into matrix_type (tenant_id, resource_type, service_model)"
                    + " values (?1, ?2, 'IAAS')").setParameter(1, tenant).setParameter(2, resourceType)
                    .executeUpdate();
            em.createNativeQuery("insert into matrix_cell (tenant_id, resource_type, domain, side, owner_team_id,"
                    + " owner_name, unowned) values (?1, ?2, ?3, 'CUSTOMER', ?4, ?4, ?5),"
                    + " (?1, ?2, 'physical-environmental', 'AWS', null, null, false)")
                    .setParameter(1, tenant).setParameter(2, resourceType).setParameter(3, customerDomain)
                    .setParameter(4, ownerTeam).setParameter(5, ownerTeam == null).executeUpdate();
        }));
    }

    /** Brings the posture counters in line with the findings written above. */
    public void recount(String tenant) {
        TenantScope.run(tenant, () -> QuarkusTransaction.requiringNew().run(() -> tallies.recount(tenant)));
    }
}
