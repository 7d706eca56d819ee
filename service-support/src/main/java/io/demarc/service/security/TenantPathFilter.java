package io.demarc.service.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
    /**
     * What a tenant id may hold once decoded. An encoded slash or dot-segment ({@code acme%2F..%2Fglobex}) would
     * otherwise pass the wall as "acme" and reach a resource as another string.
     */
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");

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
        // The raw path: the wall must judge the segment the resource will receive, not a decoded path in which an
        // encoded slash has become a separator.
        Matcher matcher = TENANT_PATH.matcher(request.getUriInfo().getRequestUri().getRawPath());
        if (!matcher.matches()) {
            // Outside any tenant only a platform administrator works across tenants (tenant list, rollup).
            if (identity.hasRole(Roles.PLATFORM_ADMIN)) {
                requestTenant.set(TenantScope.Setting.everyTenant());
            }
            return;
        }
        String tenantId = decode(matcher.group(1));
        if (tenantId == null || !TENANT_ID.matcher(tenantId).matches() || !grants.grants(identity, tenantId)) {
            throw HttpProblem.builder()
                    .withStatus(Response.Status.NOT_FOUND)
                    .withTitle("Not Found")
                    .withDetail("No tenant '" + abbreviate(tenantId == null ? matcher.group(1) : tenantId)
                            + "' is visible to you.")
                    .build();
        }
        requestTenant.set(TenantScope.Setting.tenant(tenantId));
    }

    /** The segment percent-decoded, or null when it is not valid percent-encoding. */
    private static String decode(String segment) {
        try {
            // A path segment has no form encoding: a '+' is a plus, not a space.
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "?";
        }
        String safe = value.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 64 ? safe.substring(0, 64) + "…" : safe;
    }
}
