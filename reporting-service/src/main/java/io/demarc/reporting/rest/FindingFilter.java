package io.demarc.reporting.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;
import io.demarc.reporting.repository.FindingCriteria;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * {@code ?status=&severity=&controlId=&resourceType=&accountId=&resourceId=&ownerTeamId=&framework=&requirement=} of
 * the finding list; each one is optional, but {@code requirement} needs {@code framework}.
 */
public class FindingFilter {

    @QueryParam("status")
    public String status;

    @QueryParam("severity")
    public String severity;

    @QueryParam("controlId")
    public String controlId;

    @QueryParam("resourceType")
    public String resourceType;

    @QueryParam("accountId")
    public String accountId;

    /** The AWS resource id; with accountId and resourceType it names one resource. */
    @QueryParam("resourceId")
    public String resourceId;

    /** The owning team's id, or {@code unowned} for findings nobody owns. */
    @QueryParam("ownerTeamId")
    public String ownerTeamId;

    /** A framework key the control cites, e.g. {@code cis-aws-3.0}. */
    @QueryParam("framework")
    public String framework;

    /** A requirement id of {@code framework} the control cites, e.g. {@code 5.2}. */
    @QueryParam("requirement")
    public String requirement;

    /** Throws a 400 problem naming the parameter and the values it accepts when an enum value is unknown. */
    public FindingCriteria toCriteria(String tenantId) {
        return new FindingCriteria(tenantId, parse("status", status, FindingStatus.class),
                parse("severity", severity, Severity.class), blankToNull(controlId), blankToNull(resourceType),
                blankToNull(accountId), blankToNull(ownerTeamId), blankToNull(framework),
                requirement(), blankToNull(resourceId));
    }

    private String requirement() {
        String value = blankToNull(requirement);
        if (value != null && blankToNull(framework) == null) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                    .withDetail("requirement needs framework: a requirement id is only unique within its framework,"
                            + " e.g. framework=cis-aws-3.0&requirement=5.2")
                    .build();
        }
        return value;
    }

    /** Enum values are matched case-insensitively, so {@code ?status=fail} works as well as {@code FAIL}. */
    private static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                    .withDetail(parameter + " must be one of " + allowed + ", got '" + abbreviate(value) + "'")
                    .build();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Echoes the bad value back without letting a caller put arbitrary text into the answer. */
    private static String abbreviate(String value) {
        String safe = value.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 32 ? safe.substring(0, 32) + "…" : safe;
    }
}
