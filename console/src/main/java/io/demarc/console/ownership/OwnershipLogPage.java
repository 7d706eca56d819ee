package io.demarc.console.ownership;

import static io.demarc.console.ownership.OwnershipPage.blankToNull;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.demarc.console.ownership.OwnershipApi.HistoryEntry;
import io.demarc.console.ownership.OwnershipApi.Page;
import io.demarc.console.ownership.OwnershipApi.UnownedDuty;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** Who changed which assignment when (the history), and the duties nobody owns yet, each with a way to assign it. */
@Path("/tenants/{tenantId}/ownership")
@Authenticated
public class OwnershipLogPage {

    static final int LIMIT = 50;

    @Inject
    @RestClient
    OwnershipApi api;

    @CheckedTemplate(basePath = "ownership")
    static class Templates {
        static native TemplateInstance history(String tenant, String section, String tab, List<HistoryEntry> entries,
                String nextPage);

        static native TemplateInstance unowned(String tenant, String section, String tab, List<UnownedDuty> duties,
                String nextPage);
    }

    @GET
    @Path("/history")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance history(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor) {
        Page<HistoryEntry> page = api.history(tenantId, blankToNull(cursor), LIMIT);
        return Templates.history(tenantId, "ownership", "history", page.items() == null ? List.of() : page.items(),
                Forms.next("/tenants/" + tenantId + "/ownership/history", page.nextCursor()));
    }

    @GET
    @Path("/unowned")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance unowned(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor) {
        Page<UnownedDuty> page = api.unowned(tenantId, blankToNull(cursor), LIMIT);
        return Templates.unowned(tenantId, "ownership", "unowned", page.items() == null ? List.of() : page.items(),
                Forms.next("/tenants/" + tenantId + "/ownership/unowned", page.nextCursor()));
    }
}
