package io.demarc.ownership.rest;

import java.time.Instant;

public record TeamView(String teamId, String name, String contactEmail, String keycloakGroup, Instant createdAt) {
}
