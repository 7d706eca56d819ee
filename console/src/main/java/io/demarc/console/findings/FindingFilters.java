package io.demarc.console.findings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demarc.console.web.Links;

/** The findings list's filters as the page's form holds them; blank means any. */
public record FindingFilters(String status, String severity, String controlId, String framework, String requirement,
        String ownerTeamId, String accountId) {

    public static final List<String> STATUSES = List.of("FAIL", "PASS", "NOT_APPLICABLE", "ERROR");
    public static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL");

    public FindingFilters {
        status = blankToNull(status);
        severity = blankToNull(severity);
        controlId = blankToNull(controlId);
        framework = blankToNull(framework);
        requirement = blankToNull(requirement);
        ownerTeamId = blankToNull(ownerTeamId);
        accountId = blankToNull(accountId);
    }

    public List<String> statuses() {
        return STATUSES;
    }

    public List<String> severities() {
        return SEVERITIES;
    }

    public boolean any() {
        return !params().isEmpty();
    }

    /** The list's address with these filters and the cursor (none for the first page). */
    public String link(String tenant, String cursor) {
        return Links.withQuery("/tenants/" + tenant + "/findings", params(), cursor);
    }

    private Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "status", status);
        put(params, "severity", severity);
        put(params, "controlId", controlId);
        put(params, "framework", framework);
        put(params, "requirement", requirement);
        put(params, "ownerTeamId", ownerTeamId);
        put(params, "accountId", accountId);
        return params;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
