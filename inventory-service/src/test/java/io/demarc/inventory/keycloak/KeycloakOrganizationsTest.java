package io.demarc.inventory.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Without admin access configured, tenants are created and their organizations left to whoever manages Keycloak. */
class KeycloakOrganizationsTest {

    @Test
    void withoutAdminAccessOrganizationsAreManagedElsewhere() {
        KeycloakOrganizations organizations = new KeycloakOrganizations();
        organizations.config = config(Optional.empty(), Optional.of("client"), Optional.of("secret"));

        assertThat(organizations.ensure("acme", "Acme", List.of())).isEqualTo(OrganizationOutcome.NOT_MANAGED);
    }

    @Test
    void aMissingOrBlankSecretMeansNotConfigured() {
        Optional<URI> url = Optional.of(URI.create("http://localhost:1"));

        assertThat(config(url, Optional.of("client"), Optional.empty()).configured()).isFalse();
        assertThat(config(url, Optional.of("client"), Optional.of(" ")).configured()).isFalse();
        assertThat(config(url, Optional.of("client"), Optional.of("s")).configured()).isTrue();
    }

    private static KeycloakAdminConfig config(Optional<URI> baseUrl, Optional<String> clientId,
            Optional<String> secret) {
        return new KeycloakAdminConfig() {
            @Override
            public Optional<URI> baseUrl() {
                return baseUrl;
            }

            @Override
            public String realm() {
                return "demarc";
            }

            @Override
            public Optional<String> clientId() {
                return clientId;
            }

            @Override
            public Optional<String> clientSecret() {
                return secret;
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(1);
            }
        };
    }
}
