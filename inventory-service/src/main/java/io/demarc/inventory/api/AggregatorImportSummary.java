package io.demarc.inventory.api;

import java.util.List;

/**
 * What an import from an AWS Config aggregator did. An aggregator may span accounts of other clients of the MSP: only
 * items of the tenant's own accounts are fetched and stored; the others are only counted, never named.
 * The counts reconcile: {@code selected = skipped + unprocessed + notFound + invalid + stored + unchanged + stale}.
 *
 * @param selected resources the aggregator query returned
 * @param skipped resources of accounts not registered to the tenant (or not yet verified, see
 *        {@code unverifiedAccounts}): neither fetched nor stored
 * @param skippedAccounts how many distinct accounts those resources belong to
 * @param unverifiedAccounts the tenant's accounts skipped because their role was never assumed successfully, which
 *        is what proves an account trusts this tenant; a collection run of the account verifies it
 * @param fetched configuration items the aggregator returned
 * @param unprocessed resources AWS left unprocessed even after the retries
 * @param notFound resources the aggregator no longer returned (deleted since the query)
 * @param invalid query rows or items that do not read as a resource or a configuration item; left out
 * @param stored items that changed what is stored (each announced by one event)
 * @param unchanged items identical to what is stored
 * @param stale items older than what is stored
 */
public record AggregatorImportSummary(int selected, int skipped, int skippedAccounts, List<String> unverifiedAccounts,
        int fetched, int unprocessed, int notFound, int invalid, int stored, int unchanged, int stale) {
}
