package io.demarc.inventory.api;

/**
 * What an import did.
 *
 * @param received configuration items in the import
 * @param stored items that changed what is stored (each announced by one event)
 * @param unchanged items identical to what is stored, or repeated within the import
 * @param stale items older than what is stored, or than another item of the same resource in the import
 */
public record ImportSummary(int received, int stored, int unchanged, int stale) {
}
