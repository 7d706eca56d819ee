package io.demarc.console.accounts;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.demarc.console.accounts.AccountsApi.CollectionRequest;
import io.demarc.console.accounts.AccountsApi.Run;
import io.demarc.console.accounts.AccountsApi.RunPage;
import io.demarc.console.web.Downloads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Collection runs: the list (newest first, by cursor), starting one (administrators), and one run with its live
 * progress — the progress fragment polls itself every 2 s while the run is QUEUED or RUNNING and stops once it is
 * done — and every failed or skipped step with AWS's reason.
 */
@Path("/tenants/{tenantId}/accounts/collections")
@Authenticated
public class CollectionsPage {

    static final int PAGE_SIZE = 50;

    @Inject
    @RestClient
    AccountsApi api;

    @CheckedTemplate(basePath = "accounts")
    static class Templates {
        static native TemplateInstance collections(String tenant, String section, RunPage runs, String cursor);

        static native TemplateInstance run(String tenant, String section, Run run);

        static native TemplateInstance run$progress(String tenant, Run run);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor) {
        String from = cursor == null || cursor.isBlank() ? null : cursor;
        return Templates.collections(tenantId, "accounts", api.runs(tenantId, from, PAGE_SIZE), from);
    }

    /** Starts a run of one account, or of all when no account is named; then shows its progress. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("tenantId") String tenantId, @RestForm String accountId) {
        List<String> accounts = accountId == null || accountId.isBlank() ? null : List.of(accountId.trim());
        Run run = api.startCollection(tenantId, new CollectionRequest(accounts));
        return Response.seeOther(URI.create("/tenants/" + tenantId + "/accounts/collections/" + run.id())).build();
    }

    @GET
    @Path("{runId: \\d+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance run(@PathParam("tenantId") String tenantId, @PathParam("runId") long runId) {
        return Templates.run(tenantId, "accounts", api.run(tenantId, runId));
    }

    /** The part of the run page that htmx replaces every 2 s while the run is active. */
    @GET
    @Path("{runId: \\d+}/progress")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance progress(@PathParam("tenantId") String tenantId, @PathParam("runId") long runId) {
        return Templates.run$progress(tenantId, api.run(tenantId, runId));
    }

    /** A step's raw AWS answers (zip), passed through as they arrive. */
    @GET
    @Path("{runId: \\d+}/steps/{stepId: \\d+}/recording")
    public Response recording(@PathParam("tenantId") String tenantId, @PathParam("runId") long runId,
            @PathParam("stepId") long stepId) {
        return Downloads.stream(api.recording(tenantId, runId, stepId),
                "collection-" + runId + "-step-" + stepId + ".zip");
    }
}
