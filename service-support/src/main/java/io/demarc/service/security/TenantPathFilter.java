package io.demarc.service.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.demarc.service.tenancy.RequestTenant;
import io.demarc.service.tenancy.TenantScope;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The tenant wall of every API: a path {@code /api/v1/tenants/{tenantId}/...} is served only to a caller whose token
 * grants that tenant. Any other tenant is answered 404, exactly as a tenant that does not exist, so tenants cannot be
 * enumerated. It runs before resource matching, hence before role checks: a caller of another tenant gets 404 even
 * where its role would have been refused with 403. The tenant it lets through is also the one the database's wall
 * ({@link io.demarc.service.tenancy.TenantWall}) shows rows of.
 */
public class TenantPathFilter {

    private static final Pattern TENANT_PATH = Pattern.compile("^/api/v1/tenants/([^/]+)(/.*)?$");

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantGrants grants;

    @Inject
    RequestTenant requestTenant;

    @ServerRequestFilter(preMatching = true)
    public void requireGrantedTenant(ContainerRequestContext request) {
        if (identity.isAnonymous()) {
            // Unauthenticated callers are refused with 401 by the HTTP permission on /api/*; the database shows
            // them no tenant's rows.
            return;
        }
        Matcher matcher = TENANT_PATH.matcher(request.getUriInfo().getPath());
        if (!matcher.matches()) {
            // Outside any tenant only a platform administrator works across tenants (tenant list, rollup).
            if (identity.hasRole(Roles.PLATFORM_ADMIN)) {
                requestTenant.set(TenantScope.Setting.everyTenant());
            }
            return;
        }
        String tenantId = matcher.group(1);
        if (!grants.grants(identity, tenantId)) {
            throw HttpProblem.builder()
                    .withStatus(Response.Status.NOT_FOUND)
                    .withTitle("Not Found")
                    .withDetail("No tenant '" + abbreviate(tenantId) + "' is visible to you.")
                    .build();
        }
        requestTenant.set(TenantScope.Setting.tenant(tenantId));
    }

    private static String abbreviate(String value) {
        String safe = value.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 64 ? safe.substring(0, 64) + "…" : safe;
    }
}
