package io.demarc.ownership.rest;

/**
 * A team to create, or its new state.
 *
 * @param keycloakGroup optional Keycloak group whose members make up the team
 */
public record TeamRequest(String name, String contactEmail, String keycloakGroup) {
}
