package io.demarc.ownership.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.demarc.contracts.TeamRef;

/** A team of a tenant that owns customer duties. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    /** Unique within the tenant; CSV files name teams by it. */
    @Column(nullable = false)
    public String name;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    /** The Keycloak group whose members make up the team, if the tenant keeps one. */
    @Column(name = "keycloak_group")
    public String keycloakGroup;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public TeamRef ref() {
        return new TeamRef(id.toString(), name, contactEmail, keycloakGroup);
    }
}
