package io.demarc.console.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in user as pages see it ({@code {inject:user.…}} in templates): name, roles and tenants, read from the
 * tokens Keycloak issued. Used only to show or hide actions: the services decide every read and write on the same
 * token, so hiding a button is never what protects anything.
 */
@RequestScoped
@Named("user")
public class CurrentUser {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String ANALYST = "analyst";
    public static final String AUDITOR = "auditor";

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return identity != null && !identity.isAnonymous();
    }

    /** The username the user signed in with. */
    public String name() {
        String preferred = claim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    /** The user's full name when Keycloak knows it, else the username. */
    public String displayName() {
        String full = claim("name");
        return full != null && !full.isBlank() ? full : name();
    }

    public boolean isPlatformAdmin() {
        return identity.hasRole(PLATFORM_ADMIN);
    }

    /** May change things in a tenant: owners, exceptions' approval, accounts, custom controls. */
    public boolean mayAdminister() {
        return isPlatformAdmin() || identity.hasRole(TENANT_ADMIN);
    }

    /** May ask for things others approve (an exception), besides what administrators may do. */
    public boolean mayRequest() {
        return mayAdminister() || identity.hasRole(ANALYST);
    }

    /** Sees everything of the tenant and changes nothing. */
    public boolean isReadOnly() {
        return !mayRequest();
    }

    /** The role to show beside the name, the strongest the user holds. */
    public String roleLabel() {
        for (String role : List.of(PLATFORM_ADMIN, TENANT_ADMIN, ANALYST, AUDITOR)) {
            if (identity.hasRole(role)) {
                return role;
            }
        }
        return "no role";
    }

    /**
     * The tenants (organization aliases) the token grants, in the order Keycloak lists them. Empty for a
     * platform-admin, who reaches every tenant through the tenant list instead.
     */
    public List<String> tenants() {
        Object organizations = identity.getPrincipal() instanceof JsonWebToken jwt
                ? jwt.getClaim("organization")
                : null;
        return aliases(organizations);
    }

    /** Whether the token names this tenant (a platform-admin may open any). */
    public boolean mayOpen(String tenantId) {
        return isPlatformAdmin() || tenants().contains(tenantId);
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value instanceof JsonString string) {
                return string.getString();
            }
            return value == null ? null : value.toString();
        }
        return null;
    }

    /** Keycloak writes the claim as a list of aliases, or as a map keyed by alias when a mapper adds attributes. */
    static List<String> aliases(Object organizations) {
        List<String> aliases = new ArrayList<>();
        if (organizations instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString string) {
                    aliases.add(string.getString());
                }
            }
        } else if (organizations instanceof JsonObject object) {
            aliases.addAll(object.keySet());
        } else if (organizations instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> aliases.add(key.toString()));
        } else if (organizations instanceof Collection<?> collection) {
            collection.forEach(value -> aliases.add(value.toString()));
        } else if (organizations instanceof String single) {
            aliases.add(single);
        }
        return List.copyOf(Set.copyOf(aliases)).stream().sorted().toList();
    }
}
