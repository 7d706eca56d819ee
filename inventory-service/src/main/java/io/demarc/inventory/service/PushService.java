package io.demarc.inventory.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.demarc.catalog.ingest.ConfigurationItemParser;
import io.demarc.catalog.ingest.InvalidImportException;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.inventory.api.PushSummary;
import io.demarc.inventory.config.ImportConfig;
import io.demarc.inventory.repository.AwsAccountRepository;
import io.demarc.inventory.repository.PendingFetchRepository;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Takes AWS Config notifications pushed by SNS or EventBridge, once their sender is authenticated: item changes are
 * imported like any import, oversized items are recorded as pending fetches, other messages are acknowledged unused.
 * Only items of the AWS accounts the sender may speak for are accepted; otherwise nothing is stored.
 */
@ApplicationScoped
public class PushService {

    /** Where a pushed notification came from, as recorded with pending fetches. */
    public enum Source {
        SNS, EVENTBRIDGE
    }

    static final String CHANGE = "ConfigurationItemChangeNotification";
    private static final Logger LOG = Logger.getLogger(PushService.class);
    // Duplicate keys would let what was authenticated differ from what is read: refuse them.
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Inject
    ImportService imports;

    @Inject
    ImportConfig config;

    @Inject
    AwsAccountRepository accounts;

    @Inject
    PendingFetchRepository pendingFetches;

    @Inject
    TenantService tenants;

    /** The AWS accounts registered in the tenant: an SNS topic and its items must belong to one of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> registeredAccounts(String tenantId) {
        return Set.copyOf(accounts.getEntityManager()
                .createQuery("select a.accountId from AwsAccount a where a.tenantId = :tenantId", String.class)
                .setParameter("tenantId", tenantId).getResultList());
    }

    /**
     * @param notification AWS Config's message: the SNS {@code Message} text or the EventBridge event
     * @param mayPushFor the accounts the authenticated sender may deliver items of
     */
    @Transactional
    public PushSummary accept(String tenantId, Source source, String notification, Predicate<String> mayPushFor) {
        tenants.requireNotSuspended(tenantId);
        JsonNode root = parse(notification);
        JsonNode message = root.has("detail-type") && root.path("detail").isObject() ? root.get("detail") : root;
        String messageType = message.path("messageType").asText(null);
        if (OversizedItems.MESSAGE_TYPE.equals(messageType)) {
            PendingFetchRepository.Summary summary = OversizedItems.summaryOf(message);
            requireAllowed(List.of(summary.accountId()), mayPushFor);
            pendingFetches.record(tenantId, summary, source.name());
            LOG.infof("Tenant %s: oversized item of %s %s recorded to be fetched (%s).", tenantId,
                    summary.resourceType(), summary.accountId(), source);
            return new PushSummary(messageType, 0, 0, 0, 0, 1);
        }
        if (!CHANGE.equals(messageType)) {
            return PushSummary.ignored(messageType);
        }
        List<ConfigurationItem> items;
        try {
            items = new ConfigurationItemParser(config.maxItems()).parse(notification.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidImportException e) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Invalid notification")
                    .withDetail("Nothing was imported: " + e.getMessage()).build();
        }
        requireAllowed(items.stream().map(ConfigurationItem::accountId).toList(), mayPushFor);
        PushSummary summary = PushSummary.of(messageType, imports.importNormalized(tenantId, items));
        LOG.infof("Tenant %s: %d pushed item(s) stored of %d (%s).", tenantId, summary.stored(), summary.received(),
                source);
        return summary;
    }

    private static void requireAllowed(List<String> accountIds, Predicate<String> mayPushFor) {
        accountIds.stream().filter(mayPushFor.negate()).findFirst().ifPresent(account -> {
            throw HttpProblem.builder().withStatus(Response.Status.FORBIDDEN).withTitle("Forbidden")
                    .withDetail("Items of AWS account " + account + " are not accepted from this sender: register the"
                            + " account in this tenant, and push each account's items with its own secret.")
                    .build();
        });
    }

    private static JsonNode parse(String notification) {
        try {
            JsonNode root = notification == null ? null : JSON.readTree(notification);
            if (root == null || !root.isObject()) {
                throw Problems.badField("Message", "must be a JSON object, AWS Config's notification");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw Problems.badField("Message", "is not valid JSON" + where);
        }
    }
}
