package io.demarc.ownership.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.Assignment;
import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.RaciRole;
import io.demarc.ownership.model.StoredAssignment;
import io.demarc.ownership.model.Team;
import io.demarc.ownership.repository.AssignmentRepository;
import io.demarc.ownership.repository.TeamRepository;
import io.demarc.ownership.service.AssignmentInput;
import io.demarc.ownership.service.AssignmentService;
import io.demarc.ownership.service.Problems;
import io.demarc.ownership.service.Problems.LineError;
import io.demarc.service.rest.HttpProblems;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Assignments as CSV ({@code domain,scopeKind,scopeValue,team,role,effectiveFrom,effectiveTo}), teams named by name
 * so a file moves between tenants. An import makes new assignments; lines tie-checked against the tenant's and each
 * other.
 */
@ApplicationScoped
@Transactional
public class AssignmentCsv {

    static final List<String> COLUMNS = List.of("domain", "scopeKind", "scopeValue", "team", "role", "effectiveFrom",
            "effectiveTo");
    private static final List<String> REQUIRED = List.of("domain", "scopeKind", "team", "role");

    @Inject
    AssignmentRepository assignments;

    @Inject
    TeamRepository teams;

    @Inject
    AssignmentService service;

    /** Orders an export the same way in every tenant, so a file round-trips unchanged. */
    private static final Comparator<StoredAssignment> FILE_ORDER = Comparator
            .comparing((StoredAssignment a) -> a.domain).thenComparing(a -> a.scopeKind)
            .thenComparing(a -> a.scopeValue, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(a -> a.role).thenComparing(a -> a.effectiveFrom).thenComparing(a -> a.team.name);

    /** The assignments not revoked, ended ones included, by domain, scope, role and start. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String export(String tenantId) {
        return CsvFile.write(COLUMNS, assignments.notRevoked(tenantId).stream().sorted(FILE_ORDER).toList(),
                AssignmentCsv::values);
    }

    /**
     * Checks every line, then applies them all, or none.
     *
     * @return how many assignments were made
     * @throws HttpProblem 400 listing every bad line, ties included
     */
    public int importFile(String tenantId, String text) {
        List<LineError> errors = new ArrayList<>();
        List<Assignment> pending = new ArrayList<>();
        List<AssignmentInput> good = new ArrayList<>();
        for (CsvFile.Line line : CsvFile.read("assignments", text, REQUIRED)) {
            try {
                AssignmentInput input = input(tenantId, line);
                pending.add(service.check(tenantId, UUID.randomUUID(), input, pending));
                good.add(input);
            } catch (HttpProblem problem) {
                errors.add(new LineError(line.number(), problem.getDetail()));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.badFile("assignments", errors);
        }
        good.forEach(input -> service.create(tenantId, input));
        return good.size();
    }

    private AssignmentInput input(String tenantId, CsvFile.Line line) {
        String teamName = line.get("team");
        Team team = teamName == null
                ? null
                : teams.findByName(tenantId, teamName).orElseThrow(
                        () -> HttpProblems.badRequest("team '" + teamName + "' does not exist in this tenant"));
        return new AssignmentInput(line.get("domain"),
                new AssignmentScope(named(AssignmentScope.Kind.class, "scopeKind", line.get("scopeKind")),
                        line.get("scopeValue")),
                team, named(RaciRole.class, "role", line.get("role")), date("effectiveFrom", line),
                date("effectiveTo", line));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String column, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HttpProblems.badRequest(column + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", got '" + value + "'");
        }
    }

    private static LocalDate date(String column, CsvFile.Line line) {
        String value = line.get(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw HttpProblems.badRequest(column + " must be a date like 2025-06-01, got '" + value + "'");
        }
    }

    private static List<?> values(StoredAssignment a) {
        return List.of(a.domain, a.scopeKind.name(), a.scopeValue == null ? "" : a.scopeValue, a.team.name,
                a.role.name(), a.effectiveFrom.toString(), a.effectiveTo == null ? "" : a.effectiveTo.toString());
    }
}
