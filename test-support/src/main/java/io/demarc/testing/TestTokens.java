package io.demarc.testing;

import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens shaped like Keycloak's for realm {@code demarc} — realm roles, the {@code organization} claim, the
 * {@code demarc-api} audience — signed with the key the WireMock OIDC server of quarkus-test-oidc-server publishes.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** A user with roles in the given tenants (organization aliases). */
    public static String user(String username, Set<String> roles, List<String> tenants) {
        return Jwt.preferredUserName(username)
                .subject(username)
                .groups(roles)
                .claim("organization", tenants)
                .issuer("https://server.example.com")
                .audience("demarc-api")
                .jws().keyId("1")
                .sign();
    }

    public static String platformAdmin() {
        return user("msp-operator", Set.of("platform-admin"), List.of());
    }

    public static String tenantAdmin(String tenant) {
        return user(tenant + "-admin", Set.of("tenant-admin"), List.of(tenant));
    }

    public static String analyst(String tenant) {
        return user(tenant + "-analyst", Set.of("analyst"), List.of(tenant));
    }

    public static String auditor(String tenant) {
        return user(tenant + "-auditor", Set.of("auditor"), List.of(tenant));
    }

    /** A token the services must refuse: right shape, wrong audience. */
    public static String forAnotherAudience(String tenant) {
        return Jwt.preferredUserName("intruder").groups(Set.of("tenant-admin")).claim("organization", List.of(tenant))
                .issuer("https://server.example.com").audience("some-other-api").jws().keyId("1").sign();
    }
}
