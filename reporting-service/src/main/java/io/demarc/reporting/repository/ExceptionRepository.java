package io.demarc.reporting.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.reporting.model.RiskException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ExceptionRepository implements PanacheRepository<RiskException> {

    public Optional<RiskException> findByKey(String tenantId, String exceptionId) {
        return find("tenantId = ?1 and exceptionId = ?2", tenantId, exceptionId).firstResultOptional();
    }
}
