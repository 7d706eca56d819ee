package io.demarc.inventory.keycloak;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Keycloak's admin REST API, used to create a tenant's Organization. Unset base URL, client id or secret: organizations
 * are managed elsewhere (realm import, admin console). The secret comes from the environment
 * ({@code DEMARC_KEYCLOAK_ADMIN_CLIENT_SECRET}), never from a committed file, and is never logged.
 */
@ConfigMapping(prefix = "demarc.keycloak.admin")
public interface KeycloakAdminConfig {

    /** Keycloak's root URL, without {@code /realms/...}, e.g. {@code http://localhost:18080}. */
    Optional<URI> baseUrl();

    /** The realm whose organizations are the tenants; the client authenticates in the same realm. */
    @WithDefault("demarc")
    String realm();

    /** A confidential client whose service account may manage the realm's organizations. */
    Optional<String> clientId();

    /** That client's secret. */
    Optional<String> clientSecret();

    /** Connect and read timeout of every admin call. */
    @WithDefault("PT10S")
    Duration timeout();

    default boolean configured() {
        return baseUrl().isPresent() && clientId().filter(id -> !id.isBlank()).isPresent()
                && clientSecret().filter(secret -> !secret.isBlank()).isPresent();
    }
}
