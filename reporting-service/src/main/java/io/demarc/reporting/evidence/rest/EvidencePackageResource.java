package io.demarc.reporting.evidence.rest;

import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.reporting.evidence.model.EvidencePackage;
import io.demarc.reporting.evidence.model.EvidencePackageStatus;
import io.demarc.reporting.evidence.service.EvidencePackageJobs;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.security.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Evidence packages. Auditors may request them too: building a package reads the read models and changes nothing of
 * the tenant, so it is reading, which is what an auditor is for.
 */
@Path("/api/v1/tenants/{tenantId}/evidence-packages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Evidence packages")
public class EvidencePackageResource {

    @Inject
    EvidencePackageJobs jobs;

    @Inject
    SecurityIdentity identity;

    static String path(String tenantId) {
        return "/api/v1/tenants/" + tenantId + "/evidence-packages";
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start building a package for a framework and a period; poll the Location for progress")
    public Response request(@PathParam("tenantId") String tenantId,
            @Valid @NotNull(message = "a body {framework, from, to} is required") EvidencePackageRequest body) {
        EvidencePackage job = jobs.request(tenantId, body.framework(), body.from(), body.to(),
                identity.getPrincipal().getName());
        return Response.accepted(EvidencePackageView.of(job))
                .location(URI.create(path(tenantId) + "/" + job.packageId)).build();
    }

    @GET
    @Operation(summary = "The tenant's packages, newest first")
    public CursorPage<EvidencePackageView> list(@PathParam("tenantId") String tenantId,
            @BeanParam CursorRequest page) {
        CursorRequest request = page.validated();
        List<EvidencePackage> fetched = jobs.page(tenantId, cursorSeq(request.after()), request.fetchSize());
        return CursorPage.of(fetched, request, p -> Long.toString(p.seq), EvidencePackageView::of);
    }

    @GET
    @Path("/{packageId}")
    @Operation(summary = "Status and progress of one package")
    public EvidencePackageView status(@PathParam("tenantId") String tenantId,
            @PathParam("packageId") String packageId) {
        return EvidencePackageView.of(jobs.find(tenantId, id(packageId)).orElseThrow(() -> notFound(packageId)));
    }

    @GET
    @Path("/{packageId}/content")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the package's ZIP once it has SUCCEEDED")
    public Response content(@PathParam("tenantId") String tenantId, @PathParam("packageId") String packageId) {
        UUID id = id(packageId);
        EvidencePackage job = jobs.find(tenantId, id).orElseThrow(() -> notFound(packageId));
        if (job.status != EvidencePackageStatus.SUCCEEDED) {
            throw HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle("Not ready")
                    .withDetail("Package " + packageId + " is " + job.status
                            + (job.failureReason == null ? "" : ": " + job.failureReason)
                            + "; only a SUCCEEDED package can be downloaded")
                    .build();
        }
        byte[] zip = jobs.content(tenantId, id).orElseThrow(() -> notFound(packageId));
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"evidence-" + tenantId + "-" + job.framework
                        + "-" + job.periodFrom + "-" + job.periodTo + ".zip\"")
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(job.sha256)))
                .build();
    }

    private static UUID id(String packageId) {
        try {
            return UUID.fromString(packageId);
        } catch (IllegalArgumentException e) {
            throw notFound(packageId);
        }
    }

    private static Long cursorSeq(String after) {
        if (after == null) {
            return null;
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                    .withDetail("cursor is not one this API returned: pass nextCursor of the previous page unchanged")
                    .build();
        }
    }

    private static HttpProblem notFound(String packageId) {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("Not Found")
                .withDetail("No evidence package '" + packageId + "' in this tenant").build();
    }
}
