package io.demarc.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A team of a tenant that owns customer duties: what other services need to show and notify an owner.
 *
 * @param keycloakGroup optional Keycloak group whose members make up the team
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamRef(String teamId, String name, String contactEmail, String keycloakGroup) {
}
