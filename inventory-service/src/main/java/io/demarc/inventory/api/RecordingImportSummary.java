package io.demarc.inventory.api;

import java.util.List;

import io.demarc.catalog.recordings.CollectionGap;
import io.demarc.catalog.recordings.SkippedOperation;

/**
 * What a recording import did: the import counts, plus what the recording could not say.
 *
 * @param received configuration items normalized from the recording (a resource described again after a change
 *        counts once per state; the older states count as stale)
 * @param stored items that changed what is stored (each announced by one event)
 * @param unchanged items identical to what is stored, or repeated within the import
 * @param stale items older than what is stored, or than another item of the same resource in the import
 * @param gaps calls that failed (AccessDenied, ...): what they would have said is unknown
 * @param skipped calls not turned into items: changes to the account and reads not modelled
 */
public record RecordingImportSummary(int received, int stored, int unchanged, int stale, List<CollectionGap> gaps,
        List<SkippedOperation> skipped) {

    public static RecordingImportSummary of(ImportSummary summary, List<CollectionGap> gaps,
            List<SkippedOperation> skipped) {
        return new RecordingImportSummary(summary.received(), summary.stored(), summary.unchanged(), summary.stale(),
                gaps, skipped);
    }
}
