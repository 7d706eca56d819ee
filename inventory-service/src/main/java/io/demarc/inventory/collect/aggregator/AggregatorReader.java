package io.demarc.inventory.collect.aggregator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.demarc.inventory.collect.CollectorConfig;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.AggregateResourceIdentifier;
import software.amazon.awssdk.services.config.model.BaseConfigurationItem;
import software.amazon.awssdk.services.config.model.BatchGetAggregateResourceConfigResponse;
import software.amazon.awssdk.services.config.model.SelectAggregateResourceConfigResponse;

/**
 * Reads one AWS Config aggregator: the query's rows page by page, then items by batch. Throttling and transient errors
 * are retried by the SDK client (adaptive mode); keys AWS leaves unprocessed are asked for again after a pause that
 * doubles, and counted when they stay unprocessed.
 */
final class AggregatorReader {

    /** AWS's maximum page of SelectAggregateResourceConfig and batch of BatchGetAggregateResourceConfig. */
    static final int BATCH = 100;
    static final String SELECT = "SelectAggregateResourceConfig";
    static final String BATCH_GET = "BatchGetAggregateResourceConfig";

    private final ConfigClient config;
    private final String aggregatorName;
    private final CollectorConfig.Aggregator settings;

    AggregatorReader(ConfigClient config, String aggregatorName, CollectorConfig.Aggregator settings) {
        this.config = config;
        this.aggregatorName = aggregatorName;
        this.settings = settings;
    }

    /** Every row of the query, as AWS returns them (JSON strings), following NextToken. */
    List<String> select(String expression) {
        List<String> rows = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            SelectAggregateResourceConfigResponse page = call(SELECT,
                    () -> config.selectAggregateResourceConfig(b -> b.configurationAggregatorName(aggregatorName)
                            .expression(expression).limit(BATCH).nextToken(next)));
            rows.addAll(page.results());
            token = page.nextToken() == null || page.nextToken().isEmpty() ? null : page.nextToken();
        } while (token != null);
        return rows;
    }

    /** What one batch (at most {@value #BATCH} resources) gave. */
    record Batch(List<BaseConfigurationItem> items, int unprocessed) {
    }

    Batch fetch(List<AggregateResourceIdentifier> identifiers) {
        List<BaseConfigurationItem> items = new ArrayList<>();
        List<AggregateResourceIdentifier> pending = identifiers;
        for (int attempt = 0; !pending.isEmpty() && attempt <= settings.unprocessedRetries(); attempt++) {
            if (attempt > 0) {
                pause(settings.unprocessedDelay().multipliedBy(1L << (attempt - 1)));
            }
            List<AggregateResourceIdentifier> asked = pending;
            BatchGetAggregateResourceConfigResponse answer = call(BATCH_GET,
                    () -> config.batchGetAggregateResourceConfig(b -> b.configurationAggregatorName(aggregatorName)
                            .resourceIdentifiers(asked)));
            items.addAll(answer.baseConfigurationItems());
            pending = answer.unprocessedResourceIdentifiers();
        }
        return new Batch(items, pending.size());
    }

    private static <T> T call(String operation, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw AwsCallFailed.of(operation, e);
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry unprocessed keys", e);
        }
    }
}
