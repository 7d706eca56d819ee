package io.demarc.ownership.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.ownership.model.StoredAssignment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<StoredAssignment, UUID> {

    public Optional<StoredAssignment> findInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /** Every assignment not revoked, whatever its period: what resolution and tie checks look at. */
    public List<StoredAssignment> notRevoked(String tenantId) {
        return list("tenantId = ?1 and revoked = false", Sort.by("id"), tenantId);
    }

    /** Up to {@code limit} assignments after {@code afterId} (all when null), revoked ones included, by id. */
    public List<StoredAssignment> page(String tenantId, UUID afterId, int limit) {
        return (afterId == null
                ? find("tenantId = ?1", Sort.by("id"), tenantId)
                : find("tenantId = ?1 and id > ?2", Sort.by("id"), tenantId, afterId))
                .page(0, limit).list();
    }

    /** The team's assignments that hold today or will later: those that stop the team from being deleted. */
    public List<StoredAssignment> currentOrFutureOf(UUID teamId, LocalDate today) {
        return list("team.id = ?1 and revoked = false and (effectiveTo is null or effectiveTo >= ?2)",
                Sort.by("id"), teamId, today);
    }

    /** Removes the team's ended and revoked assignments; their history entries keep what they were. */
    public long deleteAllOf(UUID teamId) {
        return delete("team.id", teamId);
    }
}
