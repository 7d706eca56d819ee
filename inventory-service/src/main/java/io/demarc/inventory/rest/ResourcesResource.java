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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.catalog.ingest.ResourceTypes;
import io.demarc.inventory.api.AccountRequest;
import io.demarc.inventory.api.ResourceDetail;
import io.demarc.inventory.api.ResourceSummary;
import io.demarc.inventory.api.ResourceVersionView;
import io.demarc.inventory.repository.ResourceFilter;
import io.demarc.inventory.service.ResourceService;
import io.demarc.inventory.service.ServiceModels;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.security.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** A tenant's resources, as the newest configuration item of each, and their history. */
@Path("/api/v1/tenants/{tenantId}/resources")
@Tag(name = "Resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {

    private static final Pattern ACCOUNT_ID = Pattern.compile(AccountRequest.ACCOUNT_ID);
    private static final Pattern REGION = Pattern.compile(AccountRequest.REGION);
    private static final int MAX_TAG = 256;

    @Inject
    ResourceService resources;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List resources", description = "Sorted by resource type, then resource id; every filter"
            + " given narrows the list. Pages of at most " + CursorRequest.MAX_LIMIT + ": pass nextCursor as cursor.")
    public CursorPage<ResourceSummary> list(@PathParam("tenantId") String tenantId,
            @QueryParam("accountId") String accountId,
            @Parameter(description = "AWS region, e.g. us-east-1") @QueryParam("region") String region,
            @Parameter(description = "AWS::Service::Type") @QueryParam("resourceType") String resourceType,
            @Parameter(description = "IAAS, PAAS, SERVERLESS, ABSTRACTED or UNKNOWN") @QueryParam("serviceModel") String serviceModel,
            @Parameter(description = "key=value: resources carrying this tag") @QueryParam("tag") String tag,
            @BeanParam CursorRequest cursor) {
        if (accountId != null && !ACCOUNT_ID.matcher(accountId).matches()) {
            throw badRequest("accountId must be an AWS account id of 12 digits");
        }
        if (region != null && !REGION.matcher(region).matches()) {
            throw badRequest("region must be an AWS region name like us-east-1");
        }
        String type = ResourceTypes.canonical(resourceType);
        if (type != null && !ResourceTypes.isWellFormed(type)) {
            throw badRequest("resourceType must look like AWS::Service::Type");
        }
        String model = ServiceModels.parse(serviceModel);
        if (serviceModel != null && model == null) {
            throw badRequest("serviceModel must be IAAS, PAAS, SERVERLESS, ABSTRACTED or UNKNOWN");
        }
        String tagKey = null;
        String tagValue = null;
        if (tag != null) {
            int equals = tag.indexOf('=');
            if (equals < 1 || tag.length() > MAX_TAG) {
                throw badRequest("tag must be key=value, e.g. tag=env=prod (at most " + MAX_TAG + " characters)");
            }
            tagKey = tag.substring(0, equals);
            tagValue = tag.substring(equals + 1);
        }
        ResourceFilter filter = new ResourceFilter(accountId, region, type, null, null, tagKey, tagValue);
        return resources.list(tenantId, filter, model, cursor.validated());
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    public ResourceDetail get(@PathParam("tenantId") String tenantId, @PathParam("id") long id) {
        return resources.find(tenantId, id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("{id: \\d+}/history")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "A resource's stored versions, newest first", description = "The current version, then"
            + " each one a newer item replaced, with its item.")
    public CursorPage<ResourceVersionView> history(@PathParam("tenantId") String tenantId, @PathParam("id") long id,
            @BeanParam CursorRequest cursor) {
        return resources.history(tenantId, id, cursor.validated()).orElseThrow(() -> notFound(id));
    }

    private static HttpProblem notFound(long id) {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("Not Found")
                .withDetail("No resource " + id + " in this tenant.").build();
    }

    private static HttpProblem badRequest(String detail) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail(detail).build();
    }
}
