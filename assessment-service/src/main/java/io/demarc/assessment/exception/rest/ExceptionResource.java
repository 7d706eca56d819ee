package io.demarc.assessment.exception.rest;

import java.net.URI;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.assessment.exception.mapping.ExceptionMapper;
import io.demarc.assessment.exception.model.RiskException;
import io.demarc.assessment.exception.repository.ExceptionAuditRepository;
import io.demarc.assessment.exception.repository.ExceptionFilter;
import io.demarc.assessment.exception.repository.RiskExceptionRepository;
import io.demarc.assessment.exception.service.ExceptionService;
import io.demarc.assessment.governance.Problems;
import io.demarc.contracts.ExceptionChanged.State;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Risk acceptances. Analysts and tenant-admins request them; a tenant-admin other than the requester approves or
 * rejects; tenant-admins revoke; every role of the tenant reads them and their audit trail.
 */
@Path("/api/v1/tenants/{tenantId}/exceptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exceptions")
public class ExceptionResource {

    @Inject
    ExceptionService service;

    @Inject
    RiskExceptionRepository exceptions;

    @Inject
    ExceptionAuditRepository audit;

    @Inject
    ExceptionMapper mapper;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST})
    @Operation(summary = "Request an exception for one finding or for a control at a scope", description = "It suppresses nothing until a tenant-admin other than the requester approves it.")
    public Response request(@PathParam("tenantId") String tenantId, @Valid @NotNull ExceptionRequest request) {
        Instant now = Instant.now();
        RiskException exception = service.request(tenantId, request, caller(), now);
        return Response.created(URI.create("/api/v1/tenants/" + tenantId + "/exceptions/" + exception.id))
                .entity(mapper.toView(exception, now)).build();
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List exceptions, newest first")
    public CursorPage<ExceptionView> list(@PathParam("tenantId") String tenantId, @BeanParam CursorRequest page,
            @QueryParam("state") String state, @QueryParam("controlId") String controlId,
            @QueryParam("findingId") String findingId, @QueryParam("requestedBy") String requestedBy) {
        Long after = page.validated().afterLong();
        Instant now = Instant.now();
        var filter = new ExceptionFilter(state(state), controlId, findingId, requestedBy);
        return CursorPage.of(exceptions.search(tenantId, filter, after, page.fetchSize()), page,
                exception -> String.valueOf(exception.seq), exception -> mapper.toView(exception, now));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    public ExceptionView get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return mapper.toView(find(tenantId, id), Instant.now());
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "Every change of the exception: who, when, what and why, oldest first")
    public CursorPage<AuditEntryView> audit(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
            @BeanParam CursorRequest page) {
        Long after = page.validated().afterLong();
        find(tenantId, id);
        return CursorPage.of(audit.trail(tenantId, id, after, page.fetchSize()), page,
                entry -> String.valueOf(entry.seq), mapper::toView);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Approve a requested exception (four eyes: not your own request)")
    public ExceptionView approve(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
            @Valid @NotNull ExceptionDecision decision) {
        Instant now = Instant.now();
        return mapper.toView(service.approve(tenantId, id, caller(), note(decision), now), now);
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Reject a requested exception (four eyes: not your own request)")
    public ExceptionView reject(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
            @Valid @NotNull ExceptionDecision decision) {
        Instant now = Instant.now();
        return mapper.toView(service.reject(tenantId, id, caller(), note(decision), now), now);
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "End a requested or approved exception now; the findings it covered reopen")
    public ExceptionView revoke(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
            @Valid @NotNull ExceptionDecision decision) {
        Instant now = Instant.now();
        return mapper.toView(service.revoke(tenantId, id, caller(), note(decision), now), now);
    }

    private RiskException find(String tenantId, String id) {
        return exceptions.findInTenant(tenantId, id)
                .orElseThrow(() -> HttpProblems.notFound("no exception '" + Problems.echo(id) + "' in this tenant"));
    }

    /** The user the token names; requests and decisions are attributed to it. */
    private String caller() {
        return identity.getPrincipal().getName();
    }

    private static State state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return State.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw HttpProblems.badRequest("state must be one of " + java.util.Arrays.toString(State.values()) + ", got "
                    + Problems.echo(value));
        }
    }

    private static String note(ExceptionDecision decision) {
        return decision.note() == null || decision.note().isBlank()
                ? null
                : decision.note().strip();
    }
}
