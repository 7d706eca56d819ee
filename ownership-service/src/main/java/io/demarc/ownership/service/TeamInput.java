package io.demarc.ownership.service;

/** What a caller gives for a team; checked by {@link TeamService}. */
public record TeamInput(String name, String contactEmail, String keycloakGroup) {
}
