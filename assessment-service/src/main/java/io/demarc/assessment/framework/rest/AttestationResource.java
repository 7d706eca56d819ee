package io.demarc.assessment.framework.rest;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.assessment.framework.mapping.FrameworkMapper;
import io.demarc.assessment.framework.model.Attestation;
import io.demarc.assessment.framework.model.AttestationEvidence;
import io.demarc.assessment.framework.repository.AttestationEvidenceRepository;
import io.demarc.assessment.framework.repository.AttestationRepository;
import io.demarc.assessment.framework.service.AttestationService;
import io.demarc.assessment.governance.Problems;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** One attestation: read it and its evidence file (every role, auditors included), or withdraw it (tenant-admins). */
@Path("/api/v1/tenants/{tenantId}/attestations/{id}")
@Tag(name = "Frameworks")
public class AttestationResource {

    @Inject
    AttestationRepository attestations;

    @Inject
    AttestationEvidenceRepository evidence;

    @Inject
    AttestationService service;

    @Inject
    FrameworkMapper mapper;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    public AttestationView get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return mapper.toView(find(tenantId, id), FrameworkResource.today());
    }

    @GET
    @Path("evidence")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "Download the evidence file exactly as uploaded; header Digest-SHA256 carries its hash")
    public Response evidence(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        Attestation attestation = find(tenantId, id);
        AttestationEvidence file = evidence.findInTenant(tenantId, id)
                .orElseThrow(() -> HttpProblems.notFound("attestation " + id + " has no evidence file"));
        return Response.ok(file.content, attestation.evidenceContentType)
                .header("Content-Disposition", "attachment; filename=\"" + attestation.evidenceFileName + "\"")
                .header("Digest-SHA256", attestation.evidenceSha256).build();
    }

    @POST
    @Path("withdraw")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Withdraw an attestation: from now on it proves nothing (it stays on record)")
    public AttestationView withdraw(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return mapper.toView(service.withdraw(tenantId, id, identity.getPrincipal().getName(), Instant.now()),
                FrameworkResource.today());
    }

    private Attestation find(String tenantId, String id) {
        return attestations.findInTenant(tenantId, id)
                .orElseThrow(() -> HttpProblems.notFound("no attestation '" + Problems.echo(id) + "' in this tenant"));
    }
}
