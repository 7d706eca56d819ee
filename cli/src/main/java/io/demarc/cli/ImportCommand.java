package io.demarc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Sends AWS Config configuration items from a file to inventory-service. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import AWS Config configuration items (one item, an array, or a snapshot file) into a tenant.")
class ImportCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-t", "--tenant"}, required = true, description = "Tenant id (organization alias), e.g. acme.")
    String tenant;

    @Parameters(paramLabel = "FILE", description = "JSON file of configuration items.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file)) {
            throw new CliException("cannot read " + file, 2);
        }
        ApiClient api = new ApiClient(connection.accessToken());
        JsonNode summary = api.postJson(connection.inventoryUrl.resolve("/api/v1/tenants/" + tenant + "/imports"),
                Files.readString(file));
        spec.commandLine().getOut().printf("received %d, stored %d, unchanged %d, stale %d%n",
                summary.path("received").asLong(), summary.path("stored").asLong(),
                summary.path("unchanged").asLong(), summary.path("stale").asLong());
        return 0;
    }
}
