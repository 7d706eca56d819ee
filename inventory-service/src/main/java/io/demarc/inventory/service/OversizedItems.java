package io.demarc.inventory.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.ingest.ResourceTypes;
import io.demarc.inventory.repository.PendingFetchRepository.Summary;

/**
 * Reads the {@code configurationItemSummary} of an {@code OversizedConfigurationItemChangeNotification}: what AWS
 * Config says changed, without the item, which was too large for the notification.
 */
final class OversizedItems {

    static final String MESSAGE_TYPE = "OversizedConfigurationItemChangeNotification";
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final int MAX_ID = 1024;

    private OversizedItems() {
    }

    /** @throws io.quarkiverse.resteasy.problem.HttpProblem 400 naming the field at fault */
    static Summary summaryOf(JsonNode notification) {
        JsonNode summary = notification.path("configurationItemSummary");
        if (!summary.isObject()) {
            throw Problems.badField("configurationItemSummary", "an oversized item notification must hold one");
        }
        String account = text(summary, "awsAccountId");
        if (account == null || !ACCOUNT_ID.matcher(account).matches()) {
            throw Problems.badField("configurationItemSummary.awsAccountId", "must be an AWS account id of 12 digits");
        }
        String type = ResourceTypes.canonical(text(summary, "resourceType"));
        if (!ResourceTypes.isWellFormed(type)) {
            throw Problems.badField("configurationItemSummary.resourceType", "must look like AWS::Service::Type");
        }
        String id = text(summary, "resourceId");
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw Problems.badField("configurationItemSummary.resourceId", "must be 1 to " + MAX_ID + " characters");
        }
        Instant captured;
        try {
            captured = Instant.parse(String.valueOf(text(summary, "configurationItemCaptureTime")));
        } catch (DateTimeParseException e) {
            throw Problems.badField("configurationItemSummary.configurationItemCaptureTime",
                    "must be an ISO-8601 time such as 2026-01-02T03:04:05.678Z");
        }
        return new Summary(account, text(summary, "awsRegion"), type, id, captured,
                text(summary, "configurationStateId"), text(summary, "changeType"),
                text(notification.path("s3DeliverySummary"), "s3BucketLocation"));
    }

    /** Strings and numbers as text (configurationStateId is a number in some notifications); anything else null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() || value.isNumber() ? value.asText() : null;
    }
}
