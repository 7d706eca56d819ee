package io.demarc.assessment.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.assessment.model.ResourceItem;
import io.demarc.assessment.repository.LatestEvaluationRepository;
import io.demarc.assessment.repository.ResourceItemRepository;
import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.engine.Evaluation;
import io.demarc.catalog.engine.PreparedAccount;
import io.demarc.catalog.engine.PreparedItem;
import io.demarc.catalog.engine.RuleEngine;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;

/**
 * Evaluates the catalog's account-scoped controls ("a multi-region trail exists") for an account and region over the
 * stored items of the account (every region, as the engine expects). Their findings are about the account: resource type {@value #ACCOUNT_TYPE}, resource
 * id the account id. To keep ingestion cheap, an item triggers them only when the controls read its type, or when the
 * account and region have no account-scoped finding yet (so an account without any trail still fails the trail
 * control).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountEvaluator {

    public static final String ACCOUNT_TYPE = "AWS::::Account";
    /** Regions AWS Config gives global resources (IAM): they belong to every region of the account. */
    static final Set<String> GLOBAL_REGIONS = Set.of("global", "aws-global");

    @Inject
    ControlLibrary library;

    @Inject
    RuleEngine engine;

    @Inject
    ResourceItemRepository items;

    @Inject
    LatestEvaluationRepository evaluations;

    @Inject
    FindingRecorder recorder;

    /**
     * After {@code changed} was stored (or deleted).
     *
     * @param force evaluate whatever the item's type (a catalog upgrade)
     * @return how many finding events were appended
     */
    public int evaluate(String tenantId, ConfigurationItem changed, boolean deleted, boolean force,
            TenantOwners owners) {
        List<CompiledControl> controls = library.accountScoped();
        if (controls.isEmpty()) {
            return 0;
        }
        Set<String> readTypes = controls.stream().flatMap(c -> c.control().resourceTypes().stream())
                .map(type -> type.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        boolean read = readTypes.contains(changed.resourceType().toLowerCase(Locale.ROOT));
        if (deleted && !read && !force) {
            return 0;
        }
        List<String> regions = regions(tenantId, changed, read || force);
        List<PreparedItem> prepared = null;
        Instant now = Instant.now();
        int announced = 0;
        for (String region : regions) {
            ConfigurationItem account = accountItem(changed.accountId(), region);
            Map<String, LatestEvaluation> stored = evaluations.forResource(tenantId, account.ref()).stream()
                    .collect(Collectors.toMap(row -> row.controlId, Function.identity()));
            if (!read && !force && !stored.isEmpty()) {
                continue;
            }
            if (prepared == null) {
                prepared = items.liveOfAccount(tenantId, changed.accountId(), readTypes).stream()
                        .map(AccountEvaluator::parse).map(PreparedItem::of).toList();
            }
            PreparedAccount judged = PreparedAccount.of(changed.accountId(), region, prepared);
            for (CompiledControl control : controls) {
                Evaluation result = engine.evaluate(control, judged);
                if (recorder.recordAccount(tenantId, account, control.control(), result,
                        stored.get(control.control().id()), owners, now)) {
                    announced++;
                }
            }
        }
        return announced;
    }

    /**
     * Where the account is judged again: a type the controls read may decide any region (a multi-region trail homed
     * elsewhere covers this one), so all of the account's regions; otherwise only the item's own.
     */
    private List<String> regions(String tenantId, ConfigurationItem changed, boolean everyRegion) {
        boolean global = isGlobal(changed.awsRegion());
        if (!everyRegion && !global) {
            return List.of(changed.awsRegion());
        }
        List<String> regions = new ArrayList<>(items.regionsOf(tenantId, changed.accountId(), GLOBAL_REGIONS));
        if (!global && !regions.contains(changed.awsRegion())) {
            regions.add(changed.awsRegion());
        }
        return regions;
    }

    /** The account as the subject of its findings. */
    static ConfigurationItem accountItem(String accountId, String region) {
        return new ConfigurationItem(accountId, region, ACCOUNT_TYPE, accountId, null, null, null, null, null,
                Map.of(), null, null);
    }

    static boolean isGlobal(String region) {
        return region == null || region.isBlank() || GLOBAL_REGIONS.contains(region.toLowerCase(Locale.ROOT));
    }

    private static ConfigurationItem parse(ResourceItem stored) {
        try {
            return EventCodec.mapper().readValue(stored.item, ConfigurationItem.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored item " + stored.resourceKey + " is not readable", e);
        }
    }
}
