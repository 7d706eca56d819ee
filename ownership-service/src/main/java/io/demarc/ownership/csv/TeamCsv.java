package io.demarc.ownership.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.ownership.model.Team;
import io.demarc.ownership.repository.TeamRepository;
import io.demarc.ownership.service.Problems;
import io.demarc.ownership.service.Problems.LineError;
import io.demarc.ownership.service.TeamInput;
import io.demarc.ownership.service.TeamService;
import io.demarc.service.rest.HttpProblems;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** Teams as CSV ({@code name,contactEmail,keycloakGroup}). An import adds new names and updates known ones. */
@ApplicationScoped
@Transactional
public class TeamCsv {

    static final List<String> COLUMNS = List.of("name", "contactEmail", "keycloakGroup");

    @Inject
    TeamRepository teams;

    @Inject
    TeamService service;

    @Transactional(Transactional.TxType.SUPPORTS)
    public String export(String tenantId) {
        return CsvFile.write(COLUMNS, teams.allOf(tenantId), t -> List.of(t.name, t.contactEmail,
                t.keycloakGroup == null ? "" : t.keycloakGroup));
    }

    /**
     * Checks every line, then applies them all, or none.
     *
     * @return how many teams were created or updated
     * @throws HttpProblem 400 listing every bad line
     */
    public int importFile(String tenantId, String text) {
        List<LineError> errors = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        List<TeamInput> good = new ArrayList<>();
        for (CsvFile.Line line : CsvFile.read("teams", text, List.of("name", "contactEmail"))) {
            TeamInput input = new TeamInput(line.get("name"), line.get("contactEmail"), line.get("keycloakGroup"));
            try {
                UUID existing = input.name() == null
                        ? null
                        : teams.findByName(tenantId, input.name().strip()).map(t -> t.id).orElse(null);
                TeamInput checked = service.check(tenantId, existing, input);
                Long earlier = seen.putIfAbsent(checked.name(), line.number());
                if (earlier != null) {
                    throw HttpProblems.badRequest("team '" + checked.name() + "' is already on line " + earlier);
                }
                good.add(checked);
            } catch (HttpProblem problem) {
                errors.add(new LineError(line.number(), problem.getDetail()));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.badFile("teams", errors);
        }
        for (TeamInput input : good) {
            Team existing = teams.findByName(tenantId, input.name()).orElse(null);
            if (existing == null) {
                service.create(tenantId, input);
            } else {
                service.update(tenantId, existing.id, input);
            }
        }
        return good.size();
    }
}
