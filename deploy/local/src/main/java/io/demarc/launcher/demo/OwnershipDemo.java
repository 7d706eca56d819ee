package io.demarc.launcher.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.launcher.LauncherException;
import io.demarc.launcher.demo.DemoPlan.Assignment;
import io.demarc.launcher.demo.DemoPlan.Team;
import io.demarc.launcher.demo.DemoPlan.Tenant;

/**
 * ownership's part, as the tenant's admin: the teams (found by their unique name when they exist) and assignments
 * at several scopes. Ownership refuses a second assignment of the same domain, role and scope with 409, which counts
 * as done; every duty the plan does not name stays unowned.
 */
final class OwnershipDemo {

    private final DemoApi api;

    OwnershipDemo(DemoApi api) {
        this.api = api;
    }

    void load(Tenant tenant) {
        Map<String, String> teamIds = teams(tenant);
        for (Assignment assignment : tenant.assignments()) {
            String teamId = teamIds.get(assignment.team());
            if (teamId == null) {
                throw new LauncherException("Demo assignment names team " + assignment.team() + ", which the demo"
                        + " plan of " + tenant.id() + " lacks");
            }
            api.postJson("ownership", InventoryDemo.tenantPath(tenant) + "/assignments", tenant.admin(),
                    assignmentBody(assignment, teamId)).expect(true);
        }
    }

    static Map<String, Object> assignmentBody(Assignment assignment, String teamId) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("kind", assignment.scopeKind());
        if (assignment.scopeValue() != null) {
            scope.put("value", assignment.scopeValue());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("domain", assignment.domain());
        body.put("scope", scope);
        body.put("teamId", teamId);
        body.put("role", assignment.role());
        return body;
    }

    /** Team id by name, creating the plan's teams that do not exist yet. */
    private Map<String, String> teams(Tenant tenant) {
        Map<String, String> ids = existingTeams(tenant);
        for (Team team : tenant.teams()) {
            if (ids.containsKey(team.name())) {
                continue;
            }
            DemoApi.Answer created = api.postJson("ownership", InventoryDemo.tenantPath(tenant) + "/teams",
                    tenant.admin(), Map.of("name", team.name(), "contactEmail", team.contactEmail())).expect(true);
            if (created.ok()) {
                ids.put(team.name(), created.json().path("teamId").asText());
            } else {
                ids = existingTeams(tenant);
            }
        }
        return ids;
    }

    private Map<String, String> existingTeams(Tenant tenant) {
        Map<String, String> ids = new HashMap<>();
        JsonNode page = api.get("ownership", InventoryDemo.tenantPath(tenant) + "/teams?limit=500", tenant.admin())
                .expect(false).json();
        page.path("items").forEach(team -> ids.put(team.path("name").asText(), team.path("teamId").asText()));
        return ids;
    }
}
