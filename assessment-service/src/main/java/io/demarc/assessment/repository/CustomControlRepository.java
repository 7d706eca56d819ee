package io.demarc.assessment.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.model.CustomControlRow;
import io.demarc.assessment.model.CustomControlRowId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CustomControlRepository implements PanacheRepositoryBase<CustomControlRow, CustomControlRowId> {

    public List<CustomControlRow> ofTenant(String tenantId) {
        return list("tenantId = ?1 order by controlId", tenantId);
    }

    /** One page of the tenant's controls after {@code afterId} (null for the first page), by id. */
    public List<CustomControlRow> page(String tenantId, String afterId, int size) {
        return afterId == null
                ? find("tenantId = ?1 order by controlId", tenantId).page(0, size).list()
                : find("tenantId = ?1 and controlId > ?2 order by controlId", tenantId, afterId).page(0, size)
                        .list();
    }

    public long countOfTenant(String tenantId) {
        return count("tenantId", tenantId);
    }
}
