package io.demarc.inventory.collect.aggregator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.inventory.api.AggregatorImportRequest;
import io.demarc.inventory.api.AggregatorImportSummary;
import io.demarc.inventory.api.ImportSummary;
import io.demarc.inventory.collect.AwsClients;
import io.demarc.inventory.collect.CollectorConfig;
import io.demarc.inventory.collect.RoleAssumer;
import io.demarc.inventory.service.AccountService;
import io.demarc.inventory.service.AssumeRoleOutcome;
import io.demarc.inventory.service.ImportService;
import io.demarc.inventory.service.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.BaseConfigurationItem;

/**
 * Imports a tenant's resources from an AWS Config aggregator: the aggregator's query lists resources, the tenant's
 * own ones are fetched in batches and written through the import path ({@link ImportService#importNormalized}), one
 * transaction per batch, so a failure part-way keeps the batches already written and a re-run changes nothing twice.
 * An aggregator may span accounts of other clients of the MSP: only accounts registered to the tenant are fetched, and
 * with the MSP's own credentials a tenant-admin only gets accounts whose role was once assumed with the tenant's
 * ExternalId (registering someone else's account id must not be a way to read it).
 */
@ApplicationScoped
public class AggregatorImportService {

    private static final Logger LOG = Logger.getLogger(AggregatorImportService.class);

    @Inject
    TenantAccounts tenantAccounts;

    @Inject
    AwsClients clients;

    @Inject
    RoleAssumer roles;

    @Inject
    AccountService accounts;

    @Inject
    ImportService imports;

    @Inject
    CollectorConfig config;

    /**
     * @param platformAdmin whether the caller is the MSP's operator, who may import any registered account
     * @throws HttpProblem 400 for an account not registered to the tenant, 502 with AWS's error when AWS refuses
     */
    public AggregatorImportSummary importFrom(String tenantId, AggregatorImportRequest request,
            boolean platformAdmin) {
        TenantAccounts.Snapshot tenant = tenantAccounts.of(tenantId);
        if (request.accountId() != null && !tenant.registered(request.accountId())) {
            throw Problems.badField("accountId", "AWS account " + request.accountId() + " is not registered in"
                    + " tenant '" + tenantId + "'");
        }
        // Through the tenant's own role the aggregator is the tenant's; through the MSP's, trust must be proven.
        boolean trustAll = platformAdmin || request.accountId() != null;
        try {
            AwsCredentialsProvider credentials = request.accountId() == null
                    ? clients.mspCredentials()
                    : assumeRole(tenantId, request.accountId(), tenant.externalId());
            try (ConfigClient client = clients.build(ConfigClient.builder(), credentials,
                    Region.of(request.region()))) {
                AggregatorReader reader = new AggregatorReader(client, request.aggregatorName(),
                        config.aggregator());
                Tally tally = new Tally();
                List<SelectedResource> wanted = readable(
                        reader.select(AggregatorQuery.expression(request.resourceTypes())), tenant, trustAll, tally);
                for (int from = 0; from < wanted.size(); from += AggregatorReader.BATCH) {
                    importBatch(tenantId, reader, wanted.subList(from,
                            Math.min(from + AggregatorReader.BATCH, wanted.size())), tally);
                }
                LOG.infof("Tenant %s: aggregator %s in %s imported: %d selected, %d skipped, %d stored.", tenantId,
                        request.aggregatorName(), request.region(), tally.selected, tally.skipped, tally.stored);
                return tally.summary();
            }
        } catch (AwsCallFailed e) {
            throw refused(request, e);
        }
    }

    /** The rows of accounts the tenant may read; the others counted as skipped. */
    private static List<SelectedResource> readable(List<String> rows, TenantAccounts.Snapshot tenant,
            boolean trustAll, Tally tally) {
        List<SelectedResource> wanted = new ArrayList<>();
        for (String text : rows) {
            tally.selected++;
            SelectedResource row = AggregatorQuery.row(text);
            if (row == null) {
                tally.invalid++;
            } else if (tenant.registered(row.accountId()) && (trustAll || tenant.verified().get(row.accountId()))) {
                wanted.add(row);
            } else {
                tally.skip(row.accountId(), tenant.registered(row.accountId()));
            }
        }
        return wanted;
    }

    private void importBatch(String tenantId, AggregatorReader reader, List<SelectedResource> batch, Tally tally) {
        Map<String, SelectedResource> byKey = new HashMap<>();
        batch.forEach(row -> byKey.put(row.key(), row));
        AggregatorReader.Batch answer = reader.fetch(batch.stream().map(SelectedResource::identifier).toList());
        Set<String> accountsAsked = new HashSet<>();
        batch.forEach(row -> accountsAsked.add(row.accountId()));
        AggregatorItems normalizer = new AggregatorItems();
        List<ConfigurationItem> items = new ArrayList<>();
        for (BaseConfigurationItem item : answer.items()) {
            SelectedResource row = byKey.get(SelectedResource.key(item.accountId(), item.awsRegion(),
                    item.resourceTypeAsString(), item.resourceId()));
            // The answer is checked as well as the question: an item of an account not asked for is never stored.
            ConfigurationItem normalized = accountsAsked.contains(item.accountId())
                    ? normalizer.normalize(item, row == null ? null : row.tags())
                    : null;
            if (normalized == null) {
                tally.invalid++;
            } else {
                items.add(normalized);
            }
        }
        tally.fetched += answer.items().size();
        tally.unprocessed += answer.unprocessed();
        tally.notFound += Math.max(0, batch.size() - answer.items().size() - answer.unprocessed());
        if (!items.isEmpty()) {
            tally.add(imports.importNormalized(tenantId, items));
        }
    }

    /** Assumes the account's role, recording the outcome on the account as a collection run does. */
    private AwsCredentialsProvider assumeRole(String tenantId, String accountId, String externalId) {
        RoleAssumer.Assumed assumed = roles.assume(accountId, externalId);
        accounts.recordAssumeRole(tenantId, accountId, assumed.succeeded()
                ? AssumeRoleOutcome.success(Instant.now())
                : AssumeRoleOutcome.failure(assumed.failure(), Instant.now()));
        if (!assumed.succeeded()) {
            throw AwsCallFailed.assumeRole(assumed.failure());
        }
        return assumed.credentials();
    }

    /**
     * 502: the request was valid, AWS refused it or did not answer. Not a 4xx, which would read as Demarc's own refusal
     * (403 is a missing role here, 404 the tenant wall); AWS's code and message say what to fix on the AWS side.
     */
    private static HttpProblem refused(AggregatorImportRequest request, AwsCallFailed e) {
        String failure = e.errorCode() == null
                ? e.getMessage()
                : e.operation() + " failed: " + e.errorCode() + ": " + e.getMessage();
        String kept = AggregatorReader.BATCH_GET.equals(e.operation())
                ? " Batches written before the failure stay stored; running the import again is harmless."
                : " Nothing was stored.";
        HttpProblem.Builder problem = HttpProblem.builder().withStatus(Response.Status.BAD_GATEWAY)
                .withTitle("AWS refused the import")
                .withDetail("AWS Config aggregator '" + request.aggregatorName() + "' in " + request.region()
                        + " could not be read: " + failure + "." + kept)
                .with("awsOperation", e.operation());
        if (e.errorCode() != null) {
            problem.with("awsErrorCode", e.errorCode());
        }
        return problem.build();
    }

    /** The counts of one import, added up as batches are written. */
    private static final class Tally {

        int selected;
        int skipped;
        final Set<String> skippedAccounts = new TreeSet<>();
        final Set<String> unverifiedAccounts = new TreeSet<>();
        int fetched;
        int unprocessed;
        int notFound;
        int invalid;
        int stored;
        int unchanged;
        int stale;

        void skip(String accountId, boolean registered) {
            skipped++;
            skippedAccounts.add(accountId);
            if (registered) {
                unverifiedAccounts.add(accountId);
            }
        }

        void add(ImportSummary summary) {
            stored += summary.stored();
            unchanged += summary.unchanged();
            stale += summary.stale();
        }

        AggregatorImportSummary summary() {
            return new AggregatorImportSummary(selected, skipped, skippedAccounts.size(),
                    List.copyOf(unverifiedAccounts), fetched, unprocessed, notFound, invalid, stored, unchanged,
                    stale);
        }
    }
}
