package io.demarc.inventory.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.inventory.model.AwsAccount;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The {@code aws_account} table; every query but the global id look-up is scoped to a tenant. */
@ApplicationScoped
public class AwsAccountRepository implements PanacheRepositoryBase<AwsAccount, String> {

    public PanacheQuery<AwsAccount> findByTenant(String tenantId) {
        return find("tenantId", Sort.by("accountId"), tenantId);
    }

    public Optional<AwsAccount> findByTenantAndAccount(String tenantId, String accountId) {
        return find("tenantId = ?1 and accountId = ?2", tenantId, accountId).firstResultOptional();
    }
}
