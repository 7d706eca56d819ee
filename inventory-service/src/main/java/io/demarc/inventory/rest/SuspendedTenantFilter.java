package io.demarc.inventory.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.demarc.inventory.service.TenantService;

/**
 * Refuses every import into a suspended tenant with 409 problem+json, whatever the import endpoint (items,
 * recordings, ...): it guards the path prefix rather than each resource. Runs after matching, so unknown paths stay 404
 * and the tenant wall has already answered callers of other tenants.
 */
public class SuspendedTenantFilter {

    private static final Pattern IMPORT_PATH = Pattern.compile("^/api/v1/tenants/([^/]+)/imports(/.*)?$");

    @Inject
    TenantService tenants;

    @ServerRequestFilter
    public void refuseImportsOfSuspendedTenants(ContainerRequestContext request) {
        if (HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod())
                || HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        Matcher matcher = IMPORT_PATH.matcher(request.getUriInfo().getPath());
        if (matcher.matches()) {
            tenants.requireNotSuspended(matcher.group(1));
        }
    }
}
