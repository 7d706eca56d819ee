package io.demarc.ownership.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.ownership.model.Team;
import io.demarc.ownership.rest.TeamRequest;
import io.demarc.ownership.rest.TeamView;
import io.demarc.ownership.service.TeamInput;

@ApplicationScoped
public class TeamMapper {

    public TeamView toView(Team team) {
        return new TeamView(team.id.toString(), team.name, team.contactEmail, team.keycloakGroup, team.createdAt);
    }

    public TeamInput toInput(TeamRequest request) {
        return new TeamInput(request.name(), request.contactEmail(), request.keycloakGroup());
    }
}
