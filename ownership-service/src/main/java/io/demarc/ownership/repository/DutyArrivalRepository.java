package io.demarc.ownership.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.ownership.model.DutyArrival;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DutyArrivalRepository implements PanacheRepository<DutyArrival> {

    /** Up to {@code limit} arrivals of the tenant after {@code afterId}, oldest first. */
    public List<DutyArrival> page(String tenantId, Long afterId, int limit) {
        return find("tenantId = ?1 and id > ?2", Sort.by("id"), tenantId, firstPageOrAfter(afterId)).page(0, limit)
                .list();
    }

    /** Ids start at 1: continuing after 0 is the first page. */
    private static long firstPageOrAfter(Long afterId) {
        return afterId == null ? 0 : afterId;
    }
}
