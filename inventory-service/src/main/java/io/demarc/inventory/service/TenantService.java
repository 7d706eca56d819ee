package io.demarc.inventory.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.demarc.inventory.api.TenantCreateRequest;
import io.demarc.inventory.api.TenantView;
import io.demarc.inventory.keycloak.KeycloakAdminException;
import io.demarc.inventory.keycloak.KeycloakOrganizations;
import io.demarc.inventory.mapping.TenantMapper;
import io.demarc.inventory.model.Tenant;
import io.demarc.inventory.model.TenantStatus;
import io.demarc.inventory.repository.TenantRepository;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.rest.Page;
import io.demarc.service.rest.PageRequest;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

/** Tenants: created, renamed, suspended and resumed, each together with its Keycloak Organization. */
@ApplicationScoped
public class TenantService {

    private static final Logger LOG = Logger.getLogger(TenantService.class);

    @Inject
    TenantRepository repository;

    @Inject
    TenantMapper mapper;

    @Inject
    KeycloakOrganizations organizations;

    /**
     * Creates the organization first and the tenant after: Keycloak answering 409 counts as success, so a creation that
     * failed half-way is simply repeated. No transaction is held open while Keycloak answers.
     */
    public TenantView create(TenantCreateRequest request) {
        if (repository.findByIdOptional(request.id()).isPresent()) {
            throw duplicate(request.id());
        }
        try {
            organizations.ensure(request.id(), request.name(), request.domains());
        } catch (KeycloakAdminException e) {
            LOG.warnf("Tenant %s not created: %s", request.id(), e.getMessage());
            throw HttpProblems.badGateway(e.getMessage() + "; the tenant was not created. Check that Keycloak is up and"
                    + " that the admin client's service account may manage organizations, then retry.");
        }
        Tenant tenant = new Tenant();
        tenant.id = request.id();
        tenant.name = request.name().strip();
        tenant.status = TenantStatus.ACTIVE;
        tenant.externalId = ExternalIds.generate();
        tenant.createdAt = Instant.now();
        tenant.updatedAt = tenant.createdAt;
        try {
            QuarkusTransaction.requiringNew().run(() -> repository.persistAndFlush(tenant));
        } catch (RuntimeException e) {
            if (UniqueViolations.causedBy(e)) {
                // Another request created the same tenant since the check above.
                throw duplicate(request.id());
            }
            throw e;
        }
        LOG.infof("Tenant %s created.", tenant.id);
        return mapper.toView(tenant);
    }

    /** By id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TenantView> list(PageRequest request) {
        long total = repository.count();
        List<TenantView> items = request.beyond(total)
                ? List.of()
                : repository.findAll(Sort.by("id")).page(request.page, request.size).stream().map(mapper::toView)
                        .toList();
        return Page.of(items, request, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TenantView get(String tenantId) {
        return mapper.toView(require(tenantId));
    }

    /**
     * Renames the tenant and its Keycloak Organization. Keycloak is changed first, outside any transaction: a failure
     * there changes nothing here (502), and repeating the request repeats a harmless update.
     */
    public TenantView rename(String tenantId, String name) {
        Tenant tenant = require(tenantId);
        String newName = name.strip();
        syncOrganization(tenantId, newName, tenant.status == TenantStatus.ACTIVE, "renamed");
        return QuarkusTransaction.requiringNew().call(() -> {
            Tenant current = require(tenantId);
            current.name = newName;
            current.updatedAt = Instant.now();
            return mapper.toView(current);
        });
    }

    /**
     * Suspends or resumes the tenant, disabling or enabling its Keycloak Organization first (same order and reasons as
     * {@link #rename}). Idempotent: suspending a suspended tenant changes nothing.
     */
    public TenantView setStatus(String tenantId, TenantStatus status) {
        Tenant tenant = require(tenantId);
        if (tenant.status == status) {
            return mapper.toView(tenant);
        }
        syncOrganization(tenantId, tenant.name, status == TenantStatus.ACTIVE,
                status == TenantStatus.ACTIVE ? "resumed" : "suspended");
        return QuarkusTransaction.requiringNew().call(() -> {
            Tenant current = require(tenantId);
            if (current.status != status) {
                current.status = status;
                current.updatedAt = Instant.now();
                LOG.infof("Tenant %s is now %s.", tenantId, status);
            }
            return mapper.toView(current);
        });
    }

    private void syncOrganization(String tenantId, String name, boolean enabled, String verb) {
        try {
            organizations.update(tenantId, name, enabled);
        } catch (KeycloakAdminException e) {
            LOG.warnf("Tenant %s not %s: %s", tenantId, verb, e.getMessage());
            throw HttpProblems
                    .badGateway(e.getMessage() + "; the tenant was not " + verb + ". Check that Keycloak is up"
                            + " and that the admin client's service account may manage organizations, then retry.");
        }
    }

    /**
     * Refuses changes to a suspended tenant's data with 409. A tenant unknown here (its organization was made in
     * Keycloak only, as for the demo realm) is not refused: suspension is what this table records.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireNotSuspended(String tenantId) {
        repository.findByIdOptional(tenantId).filter(tenant -> tenant.status == TenantStatus.SUSPENDED)
                .ifPresent(tenant -> {
                    throw suspended(tenantId);
                });
    }

    /** The registered, active tenant, or 404/409. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tenant requireActive(String tenantId) {
        Tenant tenant = require(tenantId);
        if (tenant.status == TenantStatus.SUSPENDED) {
            throw suspended(tenantId);
        }
        return tenant;
    }

    /** The registered tenant, or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tenant require(String tenantId) {
        return repository.findByIdOptional(tenantId).orElseThrow(() -> HttpProblems.notFound("Tenant '" + tenantId
                + "' is not registered in Demarc; a platform-admin registers it with POST /api/v1/tenants."));
    }

    private static RuntimeException suspended(String tenantId) {
        return HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle("Tenant suspended")
                .withDetail("Tenant '" + tenantId + "' is suspended: its data cannot change until a platform-admin"
                        + " resumes it (POST /api/v1/tenants/" + tenantId + "/resume).")
                .build();
    }

    private static RuntimeException duplicate(String tenantId) {
        return HttpProblems.conflict("Tenant '" + tenantId + "' already exists.");
    }
}
