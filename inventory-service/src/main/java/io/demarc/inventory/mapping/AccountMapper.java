package io.demarc.inventory.mapping;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.inventory.api.AccountView;
import io.demarc.inventory.model.AwsAccount;
import io.demarc.inventory.service.OnboardingTemplates;

/** From {@link AwsAccount} rows to the API's records. */
@ApplicationScoped
public class AccountMapper {

    public AccountView toView(AwsAccount account) {
        return new AccountView(account.accountId, account.name, account.environment, List.copyOf(account.regions),
                Duration.ofSeconds(account.collectionIntervalSeconds).toString(),
                OnboardingTemplates.roleArn(account.accountId), account.status, account.statusReason,
                account.statusChangedAt, account.lastVerifiedAt, account.createdAt, account.updatedAt);
    }
}
