package io.demarc.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.inventory.api.OnboardingView;
import io.demarc.inventory.model.Tenant;
import io.demarc.inventory.service.OnboardingTemplates;
import io.demarc.inventory.service.Problems;
import io.demarc.inventory.service.TenantService;
import io.demarc.service.security.Roles;

/**
 * How a tenant lets Demarc into its AWS accounts. Administrators only: the answers hold the tenant's ExternalId, which
 * is never logged.
 */
@Path("/api/v1/tenants/{tenantId}/onboarding")
@Tag(name = "Onboarding")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
public class OnboardingResource {

    static final String YAML = "application/yaml";

    @Inject
    TenantService tenants;

    @Inject
    OnboardingTemplates templates;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The role to create in each AWS account and the ExternalId its trust policy requires")
    public OnboardingView describe(@PathParam("tenantId") String tenantId) {
        Tenant tenant = tenants.require(tenantId);
        String base = "/api/v1/tenants/" + tenantId + "/onboarding/";
        return new OnboardingView(tenantId, OnboardingTemplates.ROLE_NAME, OnboardingTemplates.MANAGED_POLICIES,
                principalOrNull(), tenant.externalId, base + "cloudformation", base + "stackset");
    }

    @GET
    @Path("cloudformation")
    @Produces({YAML, MediaType.APPLICATION_JSON})
    @Operation(summary = "CloudFormation template of the read-only role for one account (?format=yaml|json)")
    public Response cloudFormation(@PathParam("tenantId") String tenantId,
            @QueryParam("format") @DefaultValue("yaml") String format) {
        Tenant tenant = tenants.require(tenantId);
        OnboardingTemplates.Format chosen = format(format);
        return template(templates.cloudFormation(tenantId, tenant.externalId, chosen), chosen,
                "demarc-readonly-" + tenantId);
    }

    @GET
    @Path("stackset")
    @Produces({YAML, MediaType.APPLICATION_JSON})
    @Operation(summary = "CloudFormation template of a StackSet that creates the role in every account of an AWS"
            + " Organization's units (?format=yaml|json)")
    public Response stackSet(@PathParam("tenantId") String tenantId,
            @QueryParam("format") @DefaultValue("yaml") String format) {
        Tenant tenant = tenants.require(tenantId);
        OnboardingTemplates.Format chosen = format(format);
        return template(templates.stackSet(tenantId, tenant.externalId, chosen), chosen,
                "demarc-readonly-stackset-" + tenantId);
    }

    private String principalOrNull() {
        try {
            return templates.mspPrincipal();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static OnboardingTemplates.Format format(String format) {
        return switch (format) {
            case "yaml" -> OnboardingTemplates.Format.YAML;
            case "json" -> OnboardingTemplates.Format.JSON;
            default -> throw Problems.badField("format", "must be yaml or json");
        };
    }

    private static Response template(String body, OnboardingTemplates.Format format, String name) {
        boolean json = format == OnboardingTemplates.Format.JSON;
        return Response.ok(body, json ? MediaType.APPLICATION_JSON : YAML)
                .header("Content-Disposition", "attachment; filename=\"" + name + (json ? ".json" : ".yaml") + "\"")
                .build();
    }
}
