package io.demarc.inventory.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.contracts.AccountChanged;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.EventKeys;
import io.demarc.contracts.Topics;
import io.demarc.inventory.model.AwsAccount;
import io.demarc.service.outbox.Outbox;

/** Announces changes of AWS accounts on {@link Topics#INVENTORY_ACCOUNTS}, in the caller's transaction. */
@ApplicationScoped
public class AccountEvents {

    @Inject
    Outbox outbox;

    /** Appends the account's state after {@code change} to the outbox; the caller's transaction commits both. */
    public void announce(AwsAccount account, AccountChanged.Change change) {
        String key = EventKeys.forAccount(account.tenantId, account.accountId);
        AccountChanged data = new AccountChanged(account.tenantId, change, account.accountId, account.name,
                account.environment, account.regions, account.status.name(), account.statusReason, Instant.now());
        CloudEvent<AccountChanged> event = EventCodec.envelope(ResourceWriter.SOURCE, AccountChanged.TYPE,
                account.tenantId, key, data);
        outbox.append(Topics.INVENTORY_ACCOUNTS, key, event);
    }
}
