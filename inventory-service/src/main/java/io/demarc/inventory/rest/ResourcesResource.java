package io.demarc.inventory.rest;

import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.catalog.ingest.ResourceTypes;
import io.demarc.inventory.api.ResourceDetail;
import io.demarc.inventory.api.ResourceSummary;
import io.demarc.inventory.service.ResourceService;
import io.demarc.service.rest.Page;
import io.demarc.service.rest.PageRequest;
import io.demarc.service.security.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** A tenant's resources, as the newest configuration item of each. */
@Path("/api/v1/tenants/{tenantId}/resources")
@Tag(name = "Resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    @Inject
    ResourceService resources;

    /** Sorted by resource type, then resource id. */
    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    public Page<ResourceSummary> list(@PathParam("tenantId") String tenantId,
            @QueryParam("resourceType") String resourceType, @QueryParam("accountId") String accountId,
            @BeanParam PageRequest page) {
        if (accountId != null && !ACCOUNT_ID.matcher(accountId).matches()) {
            throw badRequest("accountId must be an AWS account id of 12 digits");
        }
        if (resourceType != null && !ResourceTypes.isWellFormed(ResourceTypes.canonical(resourceType))) {
            throw badRequest("resourceType must look like AWS::Service::Type");
        }
        return resources.list(tenantId, ResourceTypes.canonical(resourceType), accountId, page.validated());
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    public ResourceDetail get(@PathParam("tenantId") String tenantId, @PathParam("id") long id) {
        return resources.find(tenantId, id).orElseThrow(() -> HttpProblem.builder()
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail("No resource " + id + " in this tenant.")
                .build());
    }

    private static HttpProblem badRequest(String detail) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail(detail).build();
    }
}
