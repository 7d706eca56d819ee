package io.demarc.console.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The one place the module declares its test resources: WireMock standing in for Keycloak's OIDC endpoints, for every
 * {@code @QuarkusTest} of the console (Quarkus applies an unrestricted test resource to all of them).
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class OidcStandIn {

    private OidcStandIn() {
    }
}
