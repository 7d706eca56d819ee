package io.demarc.service.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The tenant wall of every API: a path {@code /api/v1/tenants/{tenantId}/...} is served only to a caller whose token
 * grants that tenant. Any other tenant is answered 404, exactly as a tenant that does not exist, so tenants cannot be
 * enumerated. It runs before resource matching, hence before role checks: a caller of another tenant gets 404 even
 * where its role would have been refused with 403.
 */
public class TenantPathFilter {

    private static final Pattern TENANT_PATH = Pattern.compile("^/api/v1/tenants/([^/]+)(/.*)?$");

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantGrants grants;

    @ServerRequestFilter(preMatching = true)
    public void requireGrantedTenant(ContainerRequestContext request) {
        Matcher matcher = TENANT_PATH.matcher(request.getUriInfo().getPath());
        if (!matcher.matches() || identity.isAnonymous()) {
            // Unauthenticated callers are refused with 401 by the HTTP permission on /api/*.
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
    }

    private static String abbreviate(String value) {
        String safe = value.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 64 ? safe.substring(0, 64) + "…" : safe;
    }
}
