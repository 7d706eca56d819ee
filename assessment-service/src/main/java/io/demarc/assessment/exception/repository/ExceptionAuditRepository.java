package io.demarc.assessment.exception.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.exception.model.ExceptionAuditEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExceptionAuditRepository implements PanacheRepositoryBase<ExceptionAuditEntry, Long> {

    /** Oldest first, {@code limit} entries after sequence {@code afterSeq} (null: from the first). */
    public List<ExceptionAuditEntry> trail(String tenantId, String exceptionId, Long afterSeq, int limit) {
        return find("tenantId = ?1 and exceptionId = ?2 and seq > ?3 order by seq", tenantId, exceptionId,
                afterSeq == null ? 0L : afterSeq).page(0, limit).list();
    }
}
