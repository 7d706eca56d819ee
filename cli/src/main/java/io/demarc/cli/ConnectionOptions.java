package io.demarc.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine.Option;

/** Where Demarc runs and who signs in. Defaults match the local stack of `./demarc up`. */
public class ConnectionOptions {

    @Option(names = "--keycloak-url", defaultValue = "${env:DEMARC_KEYCLOAK_URL:-http://localhost:18080}", description = "Keycloak base URL (env DEMARC_KEYCLOAK_URL; default ${DEFAULT-VALUE}).")
    URI keycloakUrl;

    @Option(names = "--realm", defaultValue = "demarc", description = "Keycloak realm (default ${DEFAULT-VALUE}).")
    String realm;

    @Option(names = "--client-id", defaultValue = "demarc-cli", description = "OIDC client (default ${DEFAULT-VALUE}).")
    String clientId;

    @Option(names = {"-u",
            "--user"}, defaultValue = "${env:DEMARC_USER}", description = "User for the password grant (env DEMARC_USER). Without it, sign in with the device flow.")
    String user;

    @Option(names = "--password-env", defaultValue = "DEMARC_PASSWORD", description = "Environment variable holding the password (default ${DEFAULT-VALUE}); prompted if unset.")
    String passwordVariable;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordFromStdin;

    @Option(names = "--inventory-url", defaultValue = "${env:DEMARC_INVENTORY_URL:-http://localhost:8081}", description = "inventory-service base URL (default ${DEFAULT-VALUE}).")
    URI inventoryUrl;

    @Option(names = "--reporting-url", defaultValue = "${env:DEMARC_REPORTING_URL:-http://localhost:8084}", description = "reporting-service base URL (default ${DEFAULT-VALUE}).")
    URI reportingUrl;

    /** Signs in and returns an access token, by password when a user is named, else by the device flow. */
    String accessToken() {
        TokenClient tokens = new TokenClient(keycloakUrl, realm, clientId);
        if (user == null || user.isBlank()) {
            return tokens.deviceGrant(System.err);
        }
        return tokens.passwordGrant(user, password());
    }

    private char[] password() {
        if (passwordFromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                throw new CliException("cannot read the password from standard input", 2);
            }
        }
        String fromEnvironment = System.getenv(passwordVariable);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        if (System.console() == null) {
            throw new CliException("no password: set " + passwordVariable + " or run in a terminal", 2);
        }
        return System.console().readPassword("Password for %s: ", user);
    }
}
