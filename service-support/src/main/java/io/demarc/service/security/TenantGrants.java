package io.demarc.service.security;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Which tenants a caller may see. Tenants are Keycloak Organizations: the access token's {@code organization} claim
 * lists the aliases of the caller's organizations. {@code platform-admin} (the MSP operator) sees every tenant.
 */
@ApplicationScoped
public class TenantGrants {

    static final String ORGANIZATION_CLAIM = "organization";

    public boolean grants(SecurityIdentity identity, String tenantId) {
        if (identity == null || identity.isAnonymous()) {
            return false;
        }
        return identity.hasRole(Roles.PLATFORM_ADMIN) || organizations(identity).contains(tenantId);
    }

    /**
     * The organization aliases in the token. Keycloak writes a list of aliases by default and a map keyed by alias
     * when the mapper adds ids or attributes; a single string is accepted for hand-made tokens.
     */
    Set<String> organizations(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Set.of();
        }
        Object claim = token.getClaim(ORGANIZATION_CLAIM);
        if (claim instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                    .collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof JsonObject object) {
            return Set.copyOf(object.keySet());
        }
        if (claim instanceof JsonString string) {
            return Set.of(string.getString());
        }
        if (claim instanceof String string) {
            return Set.of(string);
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(TenantGrants::text).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof Map<?, ?> map) {
            return map.keySet().stream().map(TenantGrants::text).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    private static String text(Object value) {
        return value instanceof JsonString s
                ? s.getString()
                : value instanceof JsonValue v ? v.toString() : String.valueOf(value);
    }
}
