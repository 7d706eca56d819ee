package io.demarc.inventory.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.AccountChanged;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.inventory.api.AccountPatch;
import io.demarc.inventory.api.AccountRequest;
import io.demarc.inventory.api.AccountView;
import io.demarc.inventory.mapping.AccountMapper;
import io.demarc.inventory.model.AccountStatus;
import io.demarc.inventory.model.AwsAccount;
import io.demarc.inventory.repository.AwsAccountRepository;
import io.demarc.inventory.repository.ResourceRepository;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.rest.Page;
import io.demarc.service.rest.PageRequest;

/**
 * A tenant's AWS accounts: registered, changed, removed (their resources marked deleted), and their role status. Every
 * change is announced on {@code demarc.inventory.accounts.v1} in the transaction that makes it.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    private static final int MAX_REASON = 2000;
    /** AWS Config's status of a deleted resource: the removal reads like any other deletion downstream. */
    static final String RESOURCE_DELETED = "ResourceDeleted";

    @Inject
    AwsAccountRepository repository;

    @Inject
    AccountMapper mapper;

    @Inject
    TenantService tenants;

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceWriter writer;

    @Inject
    AccountEvents events;

    @Transactional
    public AccountView register(String tenantId, AccountRequest request) {
        if (request.accountId() == null) {
            throw Problems.badField("accountId", "must not be null");
        }
        tenants.requireActive(tenantId);
        Duration interval = CollectionIntervals.parse(request.collectionInterval());
        repository.findByIdOptional(request.accountId()).ifPresent(existing -> {
            throw alreadyRegistered(request.accountId(), existing.tenantId.equals(tenantId));
        });
        AwsAccount account = new AwsAccount();
        account.accountId = request.accountId();
        account.tenantId = tenantId;
        apply(account, request.name(), request.environment() == null ? "other" : request.environment(),
                request.regions(), interval);
        account.status = AccountStatus.PENDING;
        account.createdAt = account.updatedAt;
        account.statusChangedAt = account.createdAt;
        try {
            repository.persistAndFlush(account);
        } catch (PersistenceException e) {
            if (UniqueViolations.causedBy(e)) {
                throw alreadyRegistered(request.accountId(), false);
            }
            throw e;
        }
        events.announce(account, AccountChanged.Change.REGISTERED);
        LOG.infof("Tenant %s: AWS account %s registered.", tenantId, account.accountId);
        return mapper.toView(account);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AccountView> list(String tenantId, PageRequest request) {
        var query = repository.findByTenant(tenantId);
        long total = query.count();
        List<AccountView> items = request.beyond(total)
                ? List.of()
                : query.page(request.page, request.size).stream().map(mapper::toView).toList();
        return Page.of(items, request, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView get(String tenantId, String accountId) {
        return mapper.toView(require(tenantId, accountId));
    }

    /** PUT: every setting replaced; an interval left out returns to the default. */
    @Transactional
    public AccountView replace(String tenantId, String accountId, AccountRequest request) {
        if (request.accountId() != null && !request.accountId().equals(accountId)) {
            throw Problems.badField("accountId", "must be left out or equal the account of the path (" + accountId
                    + "); an account id cannot change");
        }
        tenants.requireActive(tenantId);
        AwsAccount account = require(tenantId, accountId);
        Settings before = Settings.of(account);
        apply(account, request.name(), request.environment() == null ? "other" : request.environment(),
                request.regions(), CollectionIntervals.parse(request.collectionInterval()));
        announceIfChanged(account, before);
        return mapper.toView(account);
    }

    /** PATCH: only the settings given change. */
    @Transactional
    public AccountView patch(String tenantId, String accountId, AccountPatch patch) {
        tenants.requireActive(tenantId);
        AwsAccount account = require(tenantId, accountId);
        Settings before = Settings.of(account);
        apply(account, patch.name() == null ? account.name : patch.name(),
                patch.environment() == null ? account.environment : patch.environment(),
                patch.regions() == null ? account.regions : patch.regions(),
                patch.collectionInterval() == null
                        ? Duration.ofSeconds(account.collectionIntervalSeconds)
                        : CollectionIntervals.parse(patch.collectionInterval()));
        announceIfChanged(account, before);
        return mapper.toView(account);
    }

    /**
     * Removes the account. Its resources stay (history kept) but are marked deleted through the import path: each
     * gets a {@code ResourceDeleted} item that keeps its last configuration, stored and announced as a DELETED event
     * in this same transaction. Allowed for a suspended tenant too, so a leaving client can be off-boarded.
     *
     * @return how many resources were marked deleted
     */
    @Transactional
    public int remove(String tenantId, String accountId) {
        tenants.require(tenantId);
        AwsAccount account = require(tenantId, accountId);
        // Taken before reading, so that no import can add a resource of the account between the read and the write.
        resources.lockTenant(tenantId);
        Instant now = Instant.now();
        List<IncomingItem> deletions = liveItems(tenantId, accountId).stream().map(item -> deletion(item, now))
                .map(IncomingItem::of).toList();
        ResourceWriter.Counts counts = writer.write(tenantId, deletions);
        repository.delete(account);
        events.announce(account, AccountChanged.Change.REMOVED);
        LOG.infof("Tenant %s: AWS account %s removed, %d resources marked deleted.", tenantId, accountId,
                counts.stored());
        return counts.stored();
    }

    /** Records an AssumeRole attempt of the collector: VERIFIED when it worked, FAILING with AWS's reason if not. */
    @Transactional
    public AccountView recordAssumeRole(String tenantId, String accountId, AssumeRoleOutcome outcome) {
        AwsAccount account = require(tenantId, accountId);
        AccountStatus status = outcome.succeeded() ? AccountStatus.VERIFIED : AccountStatus.FAILING;
        AccountStatus statusBefore = account.status;
        String reasonBefore = account.statusReason;
        if (account.status != status) {
            account.statusChangedAt = outcome.at();
        }
        account.status = status;
        if (outcome.succeeded()) {
            account.statusReason = null;
            account.lastVerifiedAt = outcome.at();
        } else {
            String reason = outcome.failureReason() == null ? "AssumeRole failed" : outcome.failureReason();
            account.statusReason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        }
        // A repeated success is no news; a failure for a new reason is.
        if (statusBefore != status || !Objects.equals(reasonBefore, account.statusReason)) {
            events.announce(account, AccountChanged.Change.STATUS_CHANGED);
        }
        return mapper.toView(account);
    }

    /** The settings an update may change: an update that changes none of them announces nothing. */
    private record Settings(String name, String environment, List<String> regions, long intervalSeconds) {
        static Settings of(AwsAccount account) {
            return new Settings(account.name, account.environment, List.copyOf(account.regions),
                    account.collectionIntervalSeconds);
        }
    }

    private void announceIfChanged(AwsAccount account, Settings before) {
        if (!before.equals(Settings.of(account))) {
            events.announce(account, AccountChanged.Change.UPDATED);
        }
    }

    private AwsAccount require(String tenantId, String accountId) {
        return repository.findByTenantAndAccount(tenantId, accountId).orElseThrow(
                () -> HttpProblems.notFound("No AWS account " + abbreviate(accountId) + " in tenant '" + tenantId
                        + "'."));
    }

    private static void apply(AwsAccount account, String name, String environment, List<String> regions,
            Duration interval) {
        account.name = name.strip();
        account.environment = environment;
        account.regions = regions.stream().distinct().toList();
        account.collectionIntervalSeconds = interval.toSeconds();
        account.updatedAt = Instant.now();
    }

    private List<ConfigurationItem> liveItems(String tenantId, String accountId) {
        return resources.getEntityManager().createQuery("select r.item from Resource r where r.tenantId = :tenantId"
                + " and r.accountId = :accountId and r.deleted = false", JsonNode.class)
                .setParameter("tenantId", tenantId).setParameter("accountId", accountId).getResultStream()
                .map(AccountService::itemOf).toList();
    }

    /** The item as deleted now; never older than the stored one, so the writer cannot find it stale. */
    private static ConfigurationItem deletion(ConfigurationItem item, Instant now) {
        Instant captured = item.configurationItemCaptureTime();
        Instant at = captured != null && captured.isAfter(now) ? captured : now;
        return new ConfigurationItem(item.accountId(), item.awsRegion(), item.resourceType(), item.resourceId(),
                item.resourceName(), item.arn(), at, item.configurationStateId(), RESOURCE_DELETED, item.tags(),
                item.configuration(), item.supplementaryConfiguration());
    }

    private static ConfigurationItem itemOf(JsonNode json) {
        try {
            return EventCodec.mapper().treeToValue(json, ConfigurationItem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored configuration item cannot be read", e);
        }
    }

    private static RuntimeException alreadyRegistered(String accountId, boolean inThisTenant) {
        return HttpProblems.conflict(inThisTenant
                ? "AWS account " + accountId + " is already registered in this tenant."
                : "AWS account " + accountId + " is registered in another tenant; an account belongs to one tenant"
                        + " only.");
    }

    private static String abbreviate(String value) {
        String safe = value.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 20 ? safe.substring(0, 20) + "…" : safe;
    }
}
