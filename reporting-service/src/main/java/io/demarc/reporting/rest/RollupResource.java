package io.demarc.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.reporting.service.RollupService;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.security.Roles;

/** The MSP operator's view across every tenant: scores per framework and unowned duties. */
@Path("/api/v1/rollup")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Tag(name = "Posture")
public class RollupResource {

    @Inject
    RollupService rollup;

    @GET
    @Operation(summary = "Every tenant's posture score per framework and unowned-duty count, by tenant id")
    public CursorPage<TenantRollup> rollup(@BeanParam CursorRequest page) {
        return rollup.page(page.validated());
    }
}
