package io.demarc.console.workqueues;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.demarc.console.workqueues.WorkQueueTeamsApi.Team;
import io.demarc.console.workqueues.WorkQueuesApi.Page;
import io.demarc.console.workqueues.WorkQueuesApi.Queue;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Work queues: one per owning team and one of failures nobody owns (first), each with what fails and since when,
 * most severe then oldest first. A member of a team (a Keycloak group of the token that a team names) gets a link to
 * the team's queue at the top: their starting page.
 */
@Path("/tenants/{tenantId}/work-queues")
@Authenticated
public class WorkQueuesPage {

    static final int PAGE_SIZE = 50;
    static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL");

    @Inject
    @RestClient
    WorkQueuesApi api;

    @Inject
    @RestClient
    WorkQueueTeamsApi teams;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate(basePath = "workqueues")
    static class Templates {
        static native TemplateInstance queues(String tenant, String section, List<Queue> queues, List<Team> myTeams,
                List<String> severities);

        static native TemplateInstance queue(String tenant, String section, String teamId, String teamName,
                Queue summary, List<WorkQueuesApi.Item> items, String nextPage, String firstPage);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queues(@PathParam("tenantId") String tenantId) {
        List<Queue> queues = new ArrayList<>(api.queues(tenantId));
        queues.sort(Comparator.comparing((Queue q) -> !q.unowned()));
        return Templates.queues(tenantId, "work-queues", queues, myTeams(tenantId), SEVERITIES);
    }

    @GET
    @Path("/{teamId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queue(@PathParam("tenantId") String tenantId, @PathParam("teamId") String teamId,
            @QueryParam("cursor") String cursor) {
        String after = cursor == null || cursor.isBlank() ? null : cursor.trim();
        Page page = api.queue(tenantId, teamId, after, PAGE_SIZE);
        Queue summary = api.queues(tenantId).stream().filter(q -> teamId.equals(q.teamId())).findFirst()
                .orElse(null);
        String name = WorkQueuesApi.UNOWNED.equals(teamId)
                ? "Unowned"
                : summary != null && summary.teamName() != null ? summary.teamName() : teamId;
        String base = "/tenants/" + tenantId + "/work-queues/" + encode(teamId);
        String next = page.nextCursor() == null ? null : base + "?cursor=" + encode(page.nextCursor());
        return Templates.queue(tenantId, "work-queues", teamId, name, summary,
                page.items() == null ? List.of() : page.items(), next, after == null ? null : base);
    }

    /**
     * The teams whose Keycloak group the signed-in user's token names (claim {@code groups}, roles left out); none
     * when the token carries no groups, and then ownership is not asked. The demo realm maps no groups into tokens,
     * so there everyone gets the list of queues.
     */
    List<Team> myTeams(String tenantId) {
        Set<String> groups = groups();
        if (groups.isEmpty()) {
            return List.of();
        }
        WorkQueueTeamsApi.Teams all = teams.teams(tenantId, 500);
        if (all == null || all.items() == null) {
            return List.of();
        }
        return all.items().stream()
                .filter(team -> team.keycloakGroup() != null && groups.contains(normalize(team.keycloakGroup())))
                .toList();
    }

    private Set<String> groups() {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Set.of();
        }
        Object claim = jwt.getClaim("groups");
        List<String> names = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString string) {
                    names.add(string.getString());
                }
            }
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> names.add(String.valueOf(value)));
        } else if (claim instanceof String single) {
            names.add(single);
        }
        // MicroProfile JWT also calls roles "groups": a role is no team's group.
        return names.stream().filter(name -> !identity.getRoles().contains(name)).map(WorkQueuesPage::normalize)
                .collect(Collectors.toSet());
    }

    /** Keycloak writes groups as full paths ("/platform") or as names ("platform"), depending on the mapper. */
    static String normalize(String group) {
        String trimmed = group.trim();
        return trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
