package io.demarc.reporting.rest;

/**
 * A tenant's (or account's) standing in one framework. {@code inherited + shared + customer = total} by side, and
 * {@code inherited + passing + failing + attested + unattested + notAssessed = total} by status.
 *
 * @param shared requirements AWS and the customer each carry a part of (their status is the customer's part)
 * @param score {@code 100 × (inherited + passing + attested) / total}, one decimal; 0 for an empty framework
 */
public record FrameworkPosture(
        String framework,
        String title,
        String version,
        int total,
        int inherited,
        int shared,
        int customer,
        int passing,
        int failing,
        int attested,
        int unattested,
        int notAssessed,
        double score) {
}
