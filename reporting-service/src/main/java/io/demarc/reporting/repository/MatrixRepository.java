package io.demarc.reporting.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.demarc.reporting.model.MatrixCellRecord;
import io.demarc.reporting.model.MatrixType;

/** The rows ({@link MatrixType}) and cells ({@link MatrixCellRecord}) of each tenant's responsibility matrix. */
@ApplicationScoped
public class MatrixRepository {

    @Inject
    EntityManager em;

    public Optional<MatrixType> findType(String tenantId, String resourceType) {
        return em.createQuery("from MatrixType where tenantId = ?1 and resourceType = ?2", MatrixType.class)
                .setParameter(1, tenantId).setParameter(2, resourceType).getResultStream().findFirst();
    }

    public void persist(Object row) {
        em.persist(row);
    }

    /** Removes a type's cells (and the type itself when {@code withType}); flushed so new cells can take their keys. */
    public void deleteRow(String tenantId, String resourceType, boolean withType) {
        em.createQuery("delete from MatrixCellRecord where tenantId = ?1 and resourceType = ?2")
                .setParameter(1, tenantId).setParameter(2, resourceType).executeUpdate();
        if (withType) {
            em.createQuery("delete from MatrixType where tenantId = ?1 and resourceType = ?2")
                    .setParameter(1, tenantId).setParameter(2, resourceType).executeUpdate();
        }
    }

    public List<MatrixType> types(String tenantId) {
        return em.createQuery("from MatrixType where tenantId = ?1 order by resourceType", MatrixType.class)
                .setParameter(1, tenantId).getResultList();
    }

    public List<MatrixCellRecord> cells(String tenantId) {
        return em.createQuery("from MatrixCellRecord where tenantId = ?1 order by resourceType, domain",
                MatrixCellRecord.class).setParameter(1, tenantId).getResultList();
    }

    /** CUSTOMER and SHARED cells without an owner. */
    public long unownedDuties(String tenantId) {
        return em.createQuery("select count(*) from MatrixCellRecord where tenantId = ?1 and unowned = true",
                Long.class).setParameter(1, tenantId).getSingleResult();
    }
}
