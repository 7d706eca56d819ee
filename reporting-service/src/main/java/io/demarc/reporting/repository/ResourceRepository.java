package io.demarc.reporting.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.reporting.model.ResourceRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ResourceRepository implements PanacheRepository<ResourceRecord> {

    public Optional<ResourceRecord> findByKey(String tenantId, String accountId, String awsRegion,
            String resourceType, String resourceId) {
        return find("tenantId = ?1 and accountId = ?2 and awsRegion = ?3 and resourceType = ?4 and resourceId = ?5",
                tenantId, accountId, awsRegion, resourceType, resourceId).firstResultOptional();
    }
}
