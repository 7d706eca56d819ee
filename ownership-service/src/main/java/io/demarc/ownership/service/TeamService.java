package io.demarc.ownership.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.Assignment;
import io.demarc.contracts.AssignmentChanged;
import io.demarc.contracts.TeamRef;
import io.demarc.ownership.model.StoredAssignment;
import io.demarc.ownership.model.Team;
import io.demarc.ownership.repository.AssignmentRepository;
import io.demarc.ownership.repository.TeamRepository;
import io.demarc.service.rest.HttpProblems;

/** The teams of a tenant: names unique in the tenant, a contact address each, deleted only when they own nothing. */
@ApplicationScoped
@Transactional
public class TeamService {

    /** Deliberately loose: one @, something on each side, a dot in the domain; the mail server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 100;

    @Inject
    TeamRepository teams;

    @Inject
    AssignmentRepository assignments;

    @Inject
    AssignmentJournal journal;

    @Inject
    MatrixEvents matrixEvents;

    public Team create(String tenantId, TeamInput input) {
        TeamInput checked = check(tenantId, null, input);
        Team team = new Team();
        team.id = UUID.randomUUID();
        team.tenantId = tenantId;
        team.createdAt = Instant.now();
        apply(team, checked);
        teams.persist(team);
        return team;
    }

    /**
     * Renaming a team, or changing its contact or group, changes what every event naming it says: its assignments
     * are announced again (UPDATED, with history) and so are the matrix rows whose cells it owns, so consumers that
     * show owners never keep a stale name.
     */
    public Team update(String tenantId, UUID id, TeamInput input) {
        Team team = find(tenantId, id);
        TeamRef before = team.ref();
        apply(team, check(tenantId, id, input));
        if (!before.equals(team.ref())) {
            announceChangedTeam(tenantId, team, before);
        }
        return team;
    }

    private void announceChangedTeam(String tenantId, Team team, TeamRef previous) {
        for (StoredAssignment held : assignments.notRevoked(tenantId)) {
            if (held.team.id.equals(team.id)) {
                Assignment now = held.toContract();
                Assignment before = new Assignment(now.assignmentId(), now.domain(), now.scope(), previous,
                        now.role(), now.effectiveFrom(), now.effectiveTo(), now.assignedBy(), now.assignedAt());
                journal.record(held, before, AssignmentChanged.Change.UPDATED);
            }
        }
        matrixEvents.emitRowsOwnedBy(tenantId, team.id.toString());
    }

    /** @throws io.quarkiverse.resteasy.problem.HttpProblem 409 naming the assignments the team still holds */
    public void delete(String tenantId, UUID id) {
        Team team = find(tenantId, id);
        List<StoredAssignment> current = assignments.currentOrFutureOf(id, Today.utc());
        if (!current.isEmpty()) {
            throw HttpProblems.conflict("team " + team.name + " still holds " + current.size() + " assignment(s): "
                    + current.stream().map(a -> a.id + " (" + a.domain + ", " + a.scopeKind
                            + (a.scopeValue == null ? "" : " " + a.scopeValue) + ")")
                            .collect(Collectors.joining(", "))
                    + "; revoke or reassign them first");
        }
        assignments.deleteAllOf(id);
        teams.delete(team);
    }

    public Team find(String tenantId, UUID id) {
        return teams.findInTenant(tenantId, id)
                .orElseThrow(() -> HttpProblems.notFound("no team " + id + " in tenant " + tenantId));
    }

    /** The team a request body names by id; a bad reference is the body's fault, hence 400. */
    public Team referenced(String tenantId, String teamId) {
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(teamId));
        } catch (IllegalArgumentException e) {
            throw HttpProblems.badRequest("teamId must be the id of a team of this tenant, got '" + teamId + "'");
        }
        return teams.findInTenant(tenantId, id).orElseThrow(
                () -> HttpProblems.badRequest("teamId " + teamId + " is not a team of this tenant"));
    }

    /**
     * The input trimmed, or a 400 saying which field is wrong; 409 when another team of the tenant has the name.
     *
     * @param id the team being changed; null for a new one
     */
    public TeamInput check(String tenantId, UUID id, TeamInput input) {
        String name = trimmed(input.name());
        String email = trimmed(input.contactEmail());
        String group = trimmed(input.keycloakGroup());
        if (name == null || name.length() > MAX_NAME) {
            throw HttpProblems.badRequest("name is required, at most " + MAX_NAME + " characters");
        }
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw HttpProblems.badRequest("contactEmail must be an email address, got '" + input.contactEmail() + "'");
        }
        teams.findByName(tenantId, name).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw HttpProblems.conflict("the tenant already has a team named '" + name + "' (" + other.id + ")");
        });
        return new TeamInput(name, email, group);
    }

    private static void apply(Team team, TeamInput input) {
        team.name = input.name();
        team.contactEmail = input.contactEmail();
        team.keycloakGroup = input.keycloakGroup();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
