package io.demarc.reporting.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.reporting.model.Drift;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class DriftRepository implements PanacheRepository<Drift> {

    public Optional<Drift> findByKey(String tenantId, String driftId) {
        return find("tenantId = ?1 and driftId = ?2", tenantId, driftId).firstResultOptional();
    }
}
