package io.demarc.catalog.recordings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.demarc.catalog.ingest.ConfigurationItemHash;
import io.demarc.catalog.ingest.ResourceTypes;
import io.demarc.contracts.ConfigurationItem;

/** Every folder of the shared recordings normalizes into well-formed items, the same ones every time. */
class EveryRecordingTest {

    static List<String> folders() {
        return Recordings.folders();
    }

    @Test
    void theSharedDataHoldsTheTwentyFolders() {
        assertThat(folders()).hasSize(20);
    }

    @ParameterizedTest
    @MethodSource("folders")
    void normalizesIntoWellFormedItems(String folder) {
        NormalizedRecording recording = Recordings.normalize(folder);

        assertThat(recording.items()).as(folder).isNotEmpty();
        for (ConfigurationItem item : recording.items()) {
            assertThat(ResourceTypes.isWellFormed(item.resourceType())).as("%s %s", folder, item.resourceType())
                    .isTrue();
            assertThat(item.accountId()).as("%s %s", folder, item.resourceId()).matches("\\d{12}");
            assertThat(item.awsRegion()).as("%s %s", folder, item.resourceId())
                    .matches("global|[a-z]{2}(-[a-z]+)+-\\d");
            assertThat(item.resourceId()).isNotBlank();
            assertThat(item.configurationItemCaptureTime()).isNotNull();
            assertThat(item.configuration().isObject()).isTrue();
            assertThat(item.configuration().toString()).as("no datetime left undecoded").doesNotContain("__class__");
        }
        assertThat(recording.latest().size()).isLessThanOrEqualTo(recording.items().size());
    }

    @ParameterizedTest
    @MethodSource("folders")
    void normalizingTwiceGivesTheSameItems(String folder) {
        List<String> first = Recordings.normalize(folder).items().stream().map(ConfigurationItemHash::sha256)
                .toList();
        List<String> second = Recordings.normalize(folder).items().stream().map(ConfigurationItemHash::sha256)
                .toList();

        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("folders")
    void callsThatChangeTheAccountAreSkippedAsSuch(String folder) {
        NormalizedRecording recording = Recordings.normalize(folder);

        Set<String> verbs = Set.of("Create", "Delete", "Put", "Authorize", "Revoke", "Modify", "Enable");
        recording.skipped().stream().filter(skip -> verbs.stream().anyMatch(skip.operation()::startsWith))
                .forEach(skip -> assertThat(skip.reason()).as(skip.operation()).contains("changes the account"));
        int recorded = RecordedResponses.read(Recordings.ROOT.resolve(folder)).calls().size();
        assertThat(recording.skipped().stream().mapToInt(SkippedOperation::calls).sum()).isLessThan(recorded);
    }
}
