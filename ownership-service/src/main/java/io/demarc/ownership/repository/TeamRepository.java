package io.demarc.ownership.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.ownership.model.Team;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    public Optional<Team> findInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public Optional<Team> findByName(String tenantId, String name) {
        return find("tenantId = ?1 and name = ?2", tenantId, name).firstResultOptional();
    }

    /** Up to {@code limit} teams after {@code afterName} (all when null), by name. */
    public List<Team> pageByName(String tenantId, String afterName, int limit) {
        return (afterName == null
                ? find("tenantId = ?1", Sort.by("name"), tenantId)
                : find("tenantId = ?1 and name > ?2", Sort.by("name"), tenantId, afterName))
                .page(0, limit).list();
    }

    public List<Team> allOf(String tenantId) {
        return list("tenantId", Sort.by("name"), tenantId);
    }
}
