package io.demarc.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.demarc.catalog.recordings.InvalidRecordingException;
import io.demarc.catalog.recordings.NormalizedRecording;
import io.demarc.catalog.recordings.RecordedResponses;
import io.demarc.catalog.recordings.RecordingContext;
import io.demarc.catalog.recordings.RecordingNormalizer;
import io.demarc.inventory.api.ImportSummary;
import io.demarc.inventory.api.RecordingImportSummary;
import io.demarc.inventory.config.ImportConfig;

/**
 * Imports a zip of recorded AWS API responses: normalizes them into configuration items, then stores those through
 * the same path as AWS Config imports ({@link ImportService#importNormalized}). All or nothing, like every import.
 */
@ApplicationScoped
public class RecordingImportService {

    private final RecordingNormalizer normalizer = new RecordingNormalizer();

    @Inject
    ImportService imports;

    @Inject
    ImportConfig config;

    /** Uncompressed bytes a recording may unpack to in memory; the zip itself is bounded by the HTTP body limit. */
    @ConfigProperty(name = "demarc.inventory.import.recording.max-uncompressed-bytes", defaultValue = "134217728")
    long maxUncompressedBytes;

    @ConfigProperty(name = "demarc.inventory.import.recording.max-entries", defaultValue = "10000")
    int maxEntries;

    /**
     * @param accountId the account the recording was made in, when the data does not say; may be {@code null}
     * @param region the region it was made in, when the data does not say; may be {@code null}
     * @throws InvalidRecordingException when the zip is unreadable, unsafe or too large, or a resource's account or
     *         region is unknown; nothing was stored
     */
    public RecordingImportSummary importRecording(String tenantId, byte[] zip, String accountId, String region) {
        RecordingContext context = RecordingContext.of(blankToNull(accountId), blankToNull(region));
        RecordedResponses responses = RecordedResponses.fromZip(zip == null ? new byte[0] : zip,
                new RecordedResponses.Limits(maxEntries, maxUncompressedBytes, maxUncompressedBytes));
        NormalizedRecording recording = normalizer.normalize(responses, context);
        if (recording.items().size() > config.maxItems()) {
            throw new InvalidRecordingException("the recording holds " + recording.items().size()
                    + " configuration items, more than the " + config.maxItems() + " allowed at once; split it");
        }
        ImportSummary summary = imports.importNormalized(tenantId, recording.items());
        return RecordingImportSummary.of(summary, recording.gaps(), recording.skipped());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
