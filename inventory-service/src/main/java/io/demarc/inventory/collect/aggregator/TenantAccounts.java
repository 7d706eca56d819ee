package io.demarc.inventory.collect.aggregator;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.inventory.model.AwsAccount;
import io.demarc.inventory.model.Tenant;
import io.demarc.inventory.repository.AwsAccountRepository;
import io.demarc.inventory.service.TenantService;

/** What an aggregator import needs to know of the tenant, read in one short transaction before AWS is called. */
@ApplicationScoped
class TenantAccounts {

    @Inject
    TenantService tenants;

    @Inject
    AwsAccountRepository accounts;

    /**
     * @param externalId the tenant's sts:ExternalId; never logged
     * @param verified each registered account, and whether its role was ever assumed successfully
     */
    record Snapshot(String externalId, Map<String, Boolean> verified) {

        boolean registered(String accountId) {
            return verified.containsKey(accountId);
        }
    }

    /** The active tenant's accounts; 404 or 409 problems for a tenant unknown or suspended. */
    @Transactional
    Snapshot of(String tenantId) {
        Tenant tenant = tenants.requireActive(tenantId);
        Map<String, Boolean> verified = accounts.findByTenant(tenantId).stream()
                .collect(Collectors.toMap(account -> account.accountId, TenantAccounts::everVerified));
        return new Snapshot(tenant.externalId, verified);
    }

    private static boolean everVerified(AwsAccount account) {
        return account.lastVerifiedAt != null;
    }
}
