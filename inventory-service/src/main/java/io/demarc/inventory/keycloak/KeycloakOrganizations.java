package io.demarc.inventory.keycloak;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Creates, renames, enables and disables tenants' Keycloak Organizations through the admin REST API, authenticated by a client-credentials token of
 * the configured service account. Tenants are created rarely, so every call fetches a fresh token: nothing to cache,
 * nothing that expires in memory.
 */
@ApplicationScoped
public class KeycloakOrganizations {

    private static final Logger LOG = Logger.getLogger(KeycloakOrganizations.class);

    @Inject
    KeycloakAdminConfig config;

    /** Organizations read per admin call while looking for an alias. */
    static final int PAGE = 100;

    private final Map<Class<?>, Object> clients = new ConcurrentHashMap<>();

    /** Makes sure Keycloak has an organization with this alias; 409 from Keycloak means it has one already. */
    public OrganizationOutcome ensure(String alias, String name, List<String> domains) {
        if (!config.configured()) {
            LOG.infof("Tenant %s: Keycloak admin access is not configured (demarc.keycloak.admin.*), so its"
                    + " organization is managed elsewhere.", alias);
            return OrganizationOutcome.NOT_MANAGED;
        }
        String bearer = "Bearer " + token();
        OrganizationRepresentation organization = new OrganizationRepresentation(name, alias, true,
                "Demarc tenant " + alias,
                domains == null
                        ? List.of()
                        : domains.stream()
                                .map(domain -> new OrganizationRepresentation.Domain(domain, false)).toList());
        try (Response response = client(KeycloakAdminApi.class).createOrganization(config.realm(), bearer,
                organization)) {
            LOG.infof("Tenant %s: Keycloak organization created (HTTP %d).", alias, response.getStatus());
            return OrganizationOutcome.CREATED;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == Response.Status.CONFLICT.getStatusCode()) {
                LOG.infof("Tenant %s: Keycloak already has this organization (HTTP 409).", alias);
                return OrganizationOutcome.ALREADY_EXISTS;
            }
            throw new KeycloakAdminException("Keycloak refused to create organization '" + alias + "' (HTTP "
                    + status + ")", e);
        } catch (ProcessingException e) {
            throw new KeycloakAdminException("Keycloak could not be reached to create organization '" + alias + "'",
                    e);
        }
    }

    /**
     * Gives the tenant's organization this display name and enabled flag; a disabled organization's members lose
     * their tenant. The organization is read in full and written back with only these two fields changed, because
     * Keycloak's update clears whatever the representation leaves out (domains, attributes).
     */
    public OrganizationOutcome update(String alias, String name, boolean enabled) {
        if (!config.configured()) {
            return OrganizationOutcome.NOT_MANAGED;
        }
        String bearer = "Bearer " + token();
        Optional<ObjectNode> found = find(alias, bearer);
        if (found.isEmpty()) {
            LOG.warnf("Tenant %s: Keycloak has no organization with this alias; nothing changed there.", alias);
            return OrganizationOutcome.NOT_FOUND;
        }
        ObjectNode organization = found.get();
        organization.put("name", name);
        organization.put("enabled", enabled);
        String id = organization.path("id").asText();
        try (Response response = client(KeycloakAdminApi.class).updateOrganization(config.realm(), bearer, id,
                organization)) {
            LOG.infof("Tenant %s: Keycloak organization updated (enabled=%s, HTTP %d).", alias, enabled,
                    response.getStatus());
            return OrganizationOutcome.UPDATED;
        } catch (WebApplicationException e) {
            throw new KeycloakAdminException("Keycloak refused to update organization '" + alias + "' (HTTP "
                    + e.getResponse().getStatus() + ")", e);
        } catch (ProcessingException e) {
            throw new KeycloakAdminException("Keycloak could not be reached to update organization '" + alias + "'",
                    e);
        }
    }

    /** Keycloak's search matches names and domains, not aliases: the organizations are paged through instead. */
    private Optional<ObjectNode> find(String alias, String bearer) {
        try {
            for (int first = 0;; first += PAGE) {
                List<ObjectNode> page = client(KeycloakAdminApi.class).listOrganizations(config.realm(), bearer,
                        false, first, PAGE);
                Optional<ObjectNode> match = page.stream()
                        .filter(organization -> alias.equals(organization.path("alias").asText())).findFirst();
                if (match.isPresent() || page.size() < PAGE) {
                    return match;
                }
            }
        } catch (WebApplicationException e) {
            throw new KeycloakAdminException("Keycloak refused to list organizations (HTTP "
                    + e.getResponse().getStatus() + ")", e);
        } catch (ProcessingException e) {
            throw new KeycloakAdminException("Keycloak could not be reached to list organizations", e);
        }
    }

    private String token() {
        try {
            AccessToken token = client(KeycloakTokenApi.class).clientCredentials(config.realm(), "client_credentials",
                    config.clientId().orElseThrow(), config.clientSecret().orElseThrow());
            if (token == null || token.accessToken() == null || token.accessToken().isBlank()) {
                throw new KeycloakAdminException("Keycloak's token response holds no access token", null);
            }
            return token.accessToken();
        } catch (WebApplicationException e) {
            throw new KeycloakAdminException("Keycloak refused the client credentials of client '"
                    + config.clientId().orElseThrow() + "' (HTTP " + e.getResponse().getStatus() + ")", e);
        } catch (ProcessingException e) {
            throw new KeycloakAdminException("Keycloak could not be reached for a token", e);
        }
    }

    /** One client per API, built on first use: the base URL is known only when admin access is configured. */
    private <T> T client(Class<T> api) {
        return api.cast(clients.computeIfAbsent(api, type -> {
            long timeout = config.timeout().toMillis();
            return QuarkusRestClientBuilder.newBuilder().baseUri(config.baseUrl().orElseThrow())
                    .connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS)
                    .build(type);
        }));
    }
}
