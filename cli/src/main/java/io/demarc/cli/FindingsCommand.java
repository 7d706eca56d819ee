package io.demarc.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Lists a tenant's findings from reporting-service as a table, most severe first. Follows the API's cursor from page
 * to page until {@code --limit} findings are shown, and tells the cursor to pass to see the ones after them.
 */
@Command(name = "findings", mixinStandardHelpOptions = true, description = "List a tenant's findings, worst first.")
class FindingsCommand implements Callable<Integer> {

    /** The most findings the API answers in one page. */
    static final int API_PAGE_LIMIT = 500;
    private static final String ROW = "%-6s %-9s %-28s %-24s %s%n";

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-t", "--tenant"}, required = true, description = "Tenant id (organization alias), e.g. acme.")
    String tenant;

    @Option(names = "--status", description = "Only findings with this status: PASS, FAIL, NOT_APPLICABLE, ERROR.")
    String status;

    @Option(names = "--limit", defaultValue = "50", description = "Show at most this many (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--cursor", description = "Go on after an earlier listing: the cursor it printed.")
    String cursor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, got " + limit);
        }
        ApiClient api = new ApiClient(connection.accessToken());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(ROW, "STATUS", "SEVERITY", "CONTROL", "RESOURCE TYPE", "RESOURCE");
        int shown = 0;
        int rows;
        String next = cursor;
        do {
            JsonNode page = api.get(pageUri(Math.min(limit - shown, API_PAGE_LIMIT), next));
            rows = printRows(page, out);
            shown += rows;
            next = page.path("nextCursor").textValue();
        } while (next != null && shown < limit && rows > 0);
        if (next == null) {
            out.printf("%d finding(s), the end of the list%n", shown);
        } else {
            out.printf("%d finding(s) shown, more follow: add --cursor %s to see the next ones (or raise --limit)%n",
                    shown, next);
        }
        return 0;
    }

    private URI pageUri(int pageLimit, String after) {
        String query = "?limit=" + pageLimit + (status == null ? "" : "&status=" + encode(status))
                + (after == null ? "" : "&cursor=" + encode(after));
        return connection.reportingUrl.resolve("/api/v1/tenants/" + encode(tenant) + "/findings" + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Prints the findings of one page; answers how many. */
    static int printRows(JsonNode page, PrintWriter out) {
        int rows = 0;
        for (JsonNode finding : page.path("items")) {
            JsonNode resource = finding.path("resource");
            out.printf(ROW, finding.path("status").asText(), finding.path("severity").asText(),
                    finding.path("controlId").asText(), resource.path("resourceType").asText(),
                    resource.path("accountId").asText() + "/" + resource.path("resourceId").asText());
            rows++;
        }
        return rows;
    }
}
