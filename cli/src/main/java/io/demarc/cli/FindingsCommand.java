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
import picocli.CommandLine.Spec;

/** Lists a tenant's findings from reporting-service as a table. */
@Command(name = "findings", mixinStandardHelpOptions = true, description = "List a tenant's findings.")
class FindingsCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-t", "--tenant"}, required = true, description = "Tenant id (organization alias), e.g. acme.")
    String tenant;

    @Option(names = "--status", description = "Only findings with this status: PASS, FAIL, NOT_APPLICABLE, ERROR.")
    String status;

    @Option(names = "--page", defaultValue = "0", description = "Page, from 0 (default ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--size", defaultValue = "50", description = "Findings per page (default ${DEFAULT-VALUE}).")
    int size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String query = "?page=" + page + "&size=" + size
                + (status == null ? "" : "&status=" + URLEncoder.encode(status, StandardCharsets.UTF_8));
        URI uri = connection.reportingUrl.resolve("/api/v1/tenants/" + tenant + "/findings" + query);
        JsonNode result = new ApiClient(connection.accessToken()).get(uri);
        print(result, spec.commandLine().getOut());
        return 0;
    }

    static void print(JsonNode page, PrintWriter out) {
        String format = "%-6s %-9s %-28s %-24s %s%n";
        out.printf(format, "STATUS", "SEVERITY", "CONTROL", "RESOURCE TYPE", "RESOURCE");
        for (JsonNode finding : page.path("items")) {
            out.printf(format, finding.path("status").asText(), finding.path("severity").asText(),
                    finding.path("controlId").asText(), finding.path("resource").path("resourceType").asText(),
                    finding.path("resource").path("accountId").asText() + "/"
                            + finding.path("resource").path("resourceId").asText());
        }
        out.printf("page %d of %d, %d finding(s) in all%n", page.path("page").asLong() + 1,
                Math.max(1, page.path("totalPages").asLong()), page.path("total").asLong());
    }
}
