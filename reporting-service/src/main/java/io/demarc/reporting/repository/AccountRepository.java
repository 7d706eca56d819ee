package io.demarc.reporting.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.reporting.model.AccountRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<AccountRecord> {

    public Optional<AccountRecord> findByKey(String tenantId, String accountId) {
        return find("tenantId = ?1 and accountId = ?2", tenantId, accountId).firstResultOptional();
    }

    /** The tenant's accounts that are not removed, by id. */
    public List<AccountRecord> active(String tenantId) {
        return list("tenantId = ?1 and removed = false order by accountId", tenantId);
    }
}
