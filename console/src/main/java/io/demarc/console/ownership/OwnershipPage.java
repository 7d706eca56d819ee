package io.demarc.console.ownership;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
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

import io.demarc.console.client.ApiException;
import io.demarc.console.ownership.OwnershipApi.Page;
import io.demarc.console.ownership.OwnershipApi.Team;
import io.demarc.console.ownership.OwnershipApi.TeamRequest;
import io.demarc.console.web.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Teams and ownership, first tab: the tenant's teams (paged by name), creating one, and renaming one (name, contact,
 * Keycloak group: what ownership's PUT takes). Writes are shown to administrators only; ownership decides them.
 */
@Path("/tenants/{tenantId}/ownership")
@Authenticated
public class OwnershipPage {

    static final int LIMIT = 50;

    @Inject
    @RestClient
    OwnershipApi api;

    @Inject
    CurrentUser user;

    @CheckedTemplate(basePath = "ownership")
    static class Templates {
        static native TemplateInstance teams(String tenant, String section, String tab, List<Team> teams,
                String nextPage, String notice, TeamForm form);

        static native TemplateInstance team(String tenant, String section, String tab, Team team, TeamForm form);
    }

    /** A team form as filled in, with what ownership said was wrong. */
    public record TeamForm(String name, String contactEmail, String keycloakGroup, String error,
            List<String> violations) {
        static final TeamForm EMPTY = new TeamForm("", "", "", null, List.of());

        static TeamForm of(Team team) {
            return new TeamForm(team.name(), nullToEmpty(team.contactEmail()), nullToEmpty(team.keycloakGroup()),
                    null, List.of());
        }

        TeamForm failed(ApiException problem) {
            return new TeamForm(name, contactEmail, keycloakGroup, problem.message(), problem.violations());
        }

        TeamRequest request() {
            return new TeamRequest(name, blankToNull(contactEmail), blankToNull(keycloakGroup));
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance teams(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("notice") String notice) {
        return renderTeams(tenantId, cursor, notice, TeamForm.EMPTY);
    }

    @POST
    @Path("/teams")
    @Produces(MediaType.TEXT_HTML)
    public Response create(@PathParam("tenantId") String tenantId, @RestForm String name,
            @RestForm String contactEmail, @RestForm String keycloakGroup) {
        requireAdministrator();
        TeamForm form = new TeamForm(trim(name), trim(contactEmail), trim(keycloakGroup), null, List.of());
        try {
            Team team = api.createTeam(tenantId, form.request());
            return seeOther("/tenants/" + tenantId + "/ownership?notice="
                    + encode("Team " + (team == null ? form.name() : team.name()) + " created."));
        } catch (ApiException problem) {
            if (!Forms.showOnForm(problem)) {
                throw problem;
            }
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(renderTeams(tenantId, null, null, form.failed(problem))).build();
        }
    }

    @GET
    @Path("/teams/{teamId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance team(@PathParam("tenantId") String tenantId, @PathParam("teamId") String teamId) {
        Team team = api.team(tenantId, teamId);
        return Templates.team(tenantId, "ownership", "teams", team, TeamForm.of(team));
    }

    @POST
    @Path("/teams/{teamId}")
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("tenantId") String tenantId, @PathParam("teamId") String teamId,
            @RestForm String name, @RestForm String contactEmail, @RestForm String keycloakGroup) {
        requireAdministrator();
        TeamForm form = new TeamForm(trim(name), trim(contactEmail), trim(keycloakGroup), null, List.of());
        try {
            Team team = api.updateTeam(tenantId, teamId, form.request());
            return seeOther("/tenants/" + tenantId + "/ownership?notice="
                    + encode("Team " + (team == null ? form.name() : team.name()) + " saved."));
        } catch (ApiException problem) {
            if (!Forms.showOnForm(problem)) {
                throw problem;
            }
            Team team = api.team(tenantId, teamId);
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.team(tenantId, "ownership", "teams", team, form.failed(problem))).build();
        }
    }

    private TemplateInstance renderTeams(String tenantId, String cursor, String notice, TeamForm form) {
        Page<Team> page = api.teams(tenantId, blankToNull(cursor), LIMIT);
        return Templates.teams(tenantId, "ownership", "teams", page.items() == null ? List.of() : page.items(),
                Forms.next("/tenants/" + tenantId + "/ownership", page.nextCursor()), blankToNull(notice), form);
    }

    private void requireAdministrator() {
        if (!user.mayAdminister()) {
            throw new ForbiddenException("Your role may not change teams or owners.");
        }
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
