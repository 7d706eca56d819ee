package io.demarc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.AccountChanged;
import io.demarc.reporting.model.AccountRecord;
import io.demarc.reporting.repository.AccountRepository;

/** Keeps each tenant's AWS accounts as inventory last described them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountProjector {

    @Inject
    AccountRepository accounts;

    public void apply(String tenantId, AccountChanged change) {
        AccountRecord account = accounts.findByKey(tenantId, change.accountId()).orElse(null);
        if (account == null) {
            account = new AccountRecord();
            account.tenantId = tenantId;
            account.accountId = change.accountId();
        } else if (change.changedAt() != null && account.changedAt != null
                && change.changedAt().isBefore(account.changedAt)) {
            return;
        }
        if (change.name() != null) {
            account.name = change.name();
        }
        if (change.environment() != null) {
            account.environment = change.environment();
        }
        if (change.status() != null) {
            account.status = change.status();
        }
        account.removed = change.change() == AccountChanged.Change.REMOVED;
        account.changedAt = change.changedAt();
        if (account.id == null) {
            accounts.persist(account);
        }
    }
}
