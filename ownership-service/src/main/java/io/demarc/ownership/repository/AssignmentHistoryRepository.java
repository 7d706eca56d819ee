package io.demarc.ownership.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.ownership.model.AssignmentHistoryEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AssignmentHistoryRepository implements PanacheRepository<AssignmentHistoryEntry> {

    /** Up to {@code limit} entries of the tenant after {@code afterId}, oldest first. */
    public List<AssignmentHistoryEntry> page(String tenantId, Long afterId, int limit) {
        return find("tenantId = ?1 and id > ?2", Sort.by("id"), tenantId, firstPageOrAfter(afterId)).page(0, limit)
                .list();
    }

    /** Up to {@code limit} entries of one assignment after {@code afterId}, oldest first. */
    public List<AssignmentHistoryEntry> pageOf(String tenantId, UUID assignmentId, Long afterId, int limit) {
        return find("tenantId = ?1 and assignmentId = ?2 and id > ?3", Sort.by("id"), tenantId, assignmentId,
                firstPageOrAfter(afterId)).page(0, limit).list();
    }

    /** Ids start at 1: continuing after 0 is the first page. */
    private static long firstPageOrAfter(Long afterId) {
        return afterId == null ? 0 : afterId;
    }
}
