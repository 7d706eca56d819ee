package io.demarc.assessment.framework.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.demarc.assessment.framework.mapping.FrameworkMapper;
import io.demarc.assessment.framework.model.Attestation;
import io.demarc.assessment.framework.repository.AttestationRepository;
import io.demarc.assessment.framework.service.AttestationRequest;
import io.demarc.assessment.framework.service.AttestationService;
import io.demarc.assessment.framework.service.AttestationStatus;
import io.demarc.assessment.framework.service.EvidenceUpload;
import io.demarc.assessment.framework.service.RequirementStatuses;
import io.demarc.assessment.framework.service.RequirementStatuses.Status;
import io.demarc.assessment.governance.IndexCursor;
import io.demarc.assessment.governance.Problems;
import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.FrameworkCatalog;
import io.demarc.catalog.frameworks.Fulfilment;
import io.demarc.catalog.frameworks.Requirement;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The frameworks a tenant is measured against, how each requirement is met, and the attestations that prove the
 * requirements no control can check. Tenant-admins attest; every role of the tenant reads.
 */
@Path("/api/v1/tenants/{tenantId}/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks")
public class FrameworkResource {

    @Inject
    FrameworkCatalog frameworks;

    @Inject
    RequirementStatuses statuses;

    @Inject
    AttestationService service;

    @Inject
    AttestationRepository attestations;

    @Inject
    FrameworkMapper mapper;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List the frameworks with requirement counts per fulfilment and attestation")
    public CursorPage<FrameworkSummary> list(@PathParam("tenantId") String tenantId, @BeanParam CursorRequest page) {
        LocalDate today = today();
        return IndexCursor.page(frameworks.all(), page,
                framework -> mapper.toSummary(framework, statuses.of(tenantId, framework, today)));
    }

    @GET
    @Path("expiring-attestations")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "Attested requirements of every framework whose proof runs out within ?days= (30 by"
            + " default, at most 366), soonest first", description = "A requirement is listed when the valid"
                    + " attestation that reaches furthest ends within the days; an expired or missing one is not expiring"
                    + " but gone (see requirements with attestation EXPIRED or MISSING).")
    public CursorPage<ExpiringAttestation> expiring(@PathParam("tenantId") String tenantId,
            @QueryParam("days") @DefaultValue("30") String days, @BeanParam CursorRequest page) {
        long within = days(days);
        LocalDate today = today();
        List<ExpiringAttestation> expiring = new ArrayList<>();
        for (Framework framework : frameworks.all()) {
            Map<String, Status> byId = statuses.of(tenantId, framework, today);
            for (Requirement requirement : framework.requirements()) {
                Status status = byId.get(requirement.id());
                if (status == null || status.status() != AttestationStatus.ATTESTED) {
                    continue;
                }
                long left = ChronoUnit.DAYS.between(today, status.decisive().validUntil);
                if (left <= within) {
                    expiring.add(new ExpiringAttestation(framework.key(), framework.title(), requirement.id(),
                            requirement.title(), status.decisive().id, status.decisive().attestor,
                            status.decisive().validUntil, left));
                }
            }
        }
        // Stable: soonest first, then in catalog order (frameworks, then each framework's own order).
        expiring.sort(Comparator.comparing(ExpiringAttestation::validUntil));
        return IndexCursor.page(expiring, page, attestation -> attestation);
    }

    private static long days(String value) {
        try {
            long days = Long.parseLong(value.strip());
            if (days >= 0 && days <= 366) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw HttpProblems.badRequest("days must be a whole number from 0 to 366, got " + Problems.echo(value));
    }

    @GET
    @Path("{key}/requirements")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List a framework's requirements in its own order, with how each is met")
    public CursorPage<RequirementView> requirements(@PathParam("tenantId") String tenantId,
            @PathParam("key") String key, @BeanParam CursorRequest page,
            @QueryParam("fulfilment") String fulfilment) {
        Framework framework = framework(key);
        Fulfilment only = fulfilment(fulfilment);
        Map<String, Status> byId = statuses.of(tenantId, framework, today());
        List<Requirement> matching = framework.requirements().stream()
                .filter(requirement -> only == null || requirement.fulfilment() == only).toList();
        return IndexCursor.page(matching, page, requirement -> mapper.toView(requirement, byId.get(requirement.id())));
    }

    @POST
    @Path("{key}/requirements/{requirementId}/attestations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Attest a MANUAL or SHARED requirement with an evidence file", description = "Form fields: evidence (file), statement, validFrom and validUntil (dates), attestor"
            + " (optional; defaults to you). The file's SHA-256 is stored with it.")
    public Response attest(@PathParam("tenantId") String tenantId, @PathParam("key") String key,
            @PathParam("requirementId") String requirementId, @RestForm("evidence") FileUpload evidence,
            @RestForm String statement, @RestForm String attestor, @RestForm String validFrom,
            @RestForm String validUntil) {
        service.attestableRequirement(key, requirementId);
        var request = new AttestationRequest(statement, attestor, date("validFrom", validFrom),
                date("validUntil", validUntil), upload(evidence));
        Attestation attestation = service.record(tenantId, key, requirementId, request,
                identity.getPrincipal().getName(), Instant.now());
        return Response.created(URI.create("/api/v1/tenants/" + tenantId + "/attestations/" + attestation.id))
                .entity(mapper.toView(attestation, today())).build();
    }

    @GET
    @Path("{key}/requirements/{requirementId}/attestations")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List a requirement's attestations, newest first, withdrawn ones included")
    public CursorPage<AttestationView> attestations(@PathParam("tenantId") String tenantId,
            @PathParam("key") String key, @PathParam("requirementId") String requirementId,
            @BeanParam CursorRequest page) {
        Long after = page.validated().afterLong();
        service.attestableRequirement(key, requirementId);
        LocalDate today = today();
        return CursorPage.of(attestations.ofRequirement(tenantId, key, requirementId, after, page.fetchSize()), page,
                attestation -> String.valueOf(attestation.seq), attestation -> mapper.toView(attestation, today));
    }

    private Framework framework(String key) {
        return frameworks.find(key).orElseThrow(() -> HttpProblems.notFound("no framework '" + Problems.echo(key)
                + "'; known: " + frameworks.all().stream().map(Framework::key).toList()));
    }

    private static Fulfilment fulfilment(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Fulfilment.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw HttpProblems.badRequest("fulfilment must be one of " + Arrays.toString(Fulfilment.values()) + ", got "
                    + Problems.echo(value));
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw HttpProblems.badRequest(field + " must be a date such as 2026-01-31, got " + Problems.echo(value));
        }
    }

    private static EvidenceUpload upload(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return null;
        }
        try {
            return new EvidenceUpload(file.fileName(), file.contentType(), Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validity periods are whole days, read in UTC. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
