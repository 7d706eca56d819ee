package io.demarc.catalog.recordings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading recordings from a directory or a zip, and refusing what is unsafe or too large. */
class RecordedResponsesTest {

    private static final Path TRAIL = Recordings.ROOT.resolve("test_account_trail");

    @Test
    void readsAFolderInOrderWithDatetimesDecoded() {
        RecordedResponses recording = RecordedResponses
                .read(Recordings.ROOT.resolve("test_lambda_iam_role_filter_by_role_name"));

        assertThat(recording.calls("iam", "GetRole")).extracting(RecordedCall::sequence).containsExactly(1, 2, 3, 4);
        RecordedCall role = recording.calls("iam", "GetRole").get(0);
        assertThat(role.statusCode()).isEqualTo(200);
        assertThat(role.data().path("Role").path("CreateDate").asText()).isEqualTo("2023-09-19T15:52:42Z");
    }

    @Test
    void takesTheTimeOfTheAnswerFromItsHttpDate() {
        RecordedCall call = RecordedResponses.read(TRAIL).calls("cloudtrail", "DescribeTrails").get(0);

        assertThat(call.answeredAt()).hasToString("2016-08-07T23:11:27Z");
    }

    @Test
    void aZipReadsLikeTheFolder() {
        byte[] zip = zip(filesOf(TRAIL, "test_account_trail/"));

        RecordedResponses fromZip = RecordedResponses.fromZip(zip, RecordedResponses.Limits.DEFAULT);

        assertThat(fromZip.calls()).extracting(RecordedCall::toString)
                .containsExactlyElementsOf(RecordedResponses.read(TRAIL).calls().stream()
                        .map(RecordedCall::toString).toList());
        assertThat(fromZip.calls()).extracting(RecordedCall::data)
                .containsExactlyElementsOf(RecordedResponses.read(TRAIL).calls().stream().map(RecordedCall::data)
                        .toList());
    }

    @Test
    void acceptsPlainAwsCliOutputAsASuccess(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ec2.DescribeVpcs_1.json"),
                "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"OwnerId\": \"111122223333\", \"IsDefault\": true}]}");
        Files.writeString(dir.resolve("README.txt"), "not a recording");

        RecordedResponses recording = RecordedResponses.read(dir);

        assertThat(recording.calls()).singleElement().satisfies(call -> {
            assertThat(call.statusCode()).isEqualTo(200);
            assertThat(call.data().path("Vpcs").path(0).path("VpcId").asText()).isEqualTo("vpc-1");
        });
    }

    @Test
    void aTruncatedAnswerIsFollowedByTheNextPageOfTheSameRound() {
        RecordedResponses recording = RecordedResponses.of(List.of(
                AccountFactsTest.call("iam", "ListRoles", 200, "{\"Roles\": [], \"IsTruncated\": true}"),
                new RecordedCall("iam", "ListRoles", 2, 200, AccountFactsTest.call("iam", "ListRoles", 200,
                        "{\"Roles\": [], \"IsTruncated\": false}").data(), null, null),
                new RecordedCall("iam", "ListRoles", 3, 200, AccountFactsTest.call("iam", "ListRoles", 200,
                        "{\"Roles\": []}").data(), null, null)));

        assertThat(recording.rounds("iam", "ListRoles")).extracting(List::size).containsExactly(2, 1);
    }

    @Test
    void refusesEntriesThatClimbOutOrAreAbsolute() {
        for (String name : List.of("../ec2.DescribeVpcs_1.json", "a/../../ec2.DescribeVpcs_1.json",
                "/etc/ec2.DescribeVpcs_1.json", "C:\\x\\ec2.DescribeVpcs_1.json")) {
            byte[] zip = zip(Map.of(name, "{}".getBytes(StandardCharsets.UTF_8)));

            assertThatThrownBy(() -> RecordedResponses.fromZip(zip, RecordedResponses.Limits.DEFAULT))
                    .as(name).isInstanceOf(InvalidRecordingException.class).hasMessageContaining("unsafe");
        }
    }

    @Test
    void refusesAZipBombByItsUncompressedSize() {
        byte[] huge = new byte[2 << 20];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        byte[] zip = zip(Map.of("ec2.DescribeVpcs_1.json", huge));
        assertThat(zip.length).isLessThan(20_000);

        assertThatThrownBy(() -> RecordedResponses.fromZip(zip, new RecordedResponses.Limits(100, 1 << 20, 1 << 20)))
                .isInstanceOf(InvalidRecordingException.class).hasMessageContaining("larger than allowed");
    }

    @Test
    void refusesTooManyEntries() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 1; i <= 11; i++) {
            files.put("ec2.DescribeVpcs_" + i + ".json", "{}".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> RecordedResponses.fromZip(zip(files), new RecordedResponses.Limits(10, 1000, 10_000)))
                .isInstanceOf(InvalidRecordingException.class).hasMessageContaining("more than 10 entries");
    }

    @Test
    void namesWhatIsWrongWithABadRecording() {
        assertThatThrownBy(() -> RecordedResponses.fromZip("not a zip".getBytes(StandardCharsets.UTF_8),
                RecordedResponses.Limits.DEFAULT)).isInstanceOf(InvalidRecordingException.class)
                .hasMessageContaining("not a zip");
        assertThatThrownBy(() -> RecordedResponses.fromZip(
                zip(Map.of("x/ec2.DescribeVpcs_1.json", "{\"status_code\": 200, \"data\": {".getBytes())),
                RecordedResponses.Limits.DEFAULT)).isInstanceOf(InvalidRecordingException.class)
                .hasMessageContaining("x/ec2.DescribeVpcs_1.json is not valid JSON");
        assertThatThrownBy(() -> RecordedResponses.fromZip(zip(Map.of("notes.txt", "hello".getBytes())),
                RecordedResponses.Limits.DEFAULT)).isInstanceOf(InvalidRecordingException.class)
                .hasMessageContaining("no recorded responses found");
        assertThatThrownBy(() -> RecordedResponses.fromZip(zip(Map.of("a/ec2.DescribeVpcs_1.json", "{}".getBytes(),
                "b/ec2.DescribeVpcs_1.json", "{}".getBytes())), RecordedResponses.Limits.DEFAULT))
                .isInstanceOf(InvalidRecordingException.class).hasMessageContaining("twice");
    }

    @Test
    void aTruncatedZipIsNotReadable() {
        byte[] zip = zip(filesOf(TRAIL, ""));
        byte[] truncated = java.util.Arrays.copyOf(zip, zip.length / 2);

        assertThatThrownBy(() -> RecordedResponses.fromZip(truncated, RecordedResponses.Limits.DEFAULT))
                .isInstanceOf(InvalidRecordingException.class).hasMessageContaining("not a readable zip");
    }

    static Map<String, byte[]> filesOf(Path folder, String prefix) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var entries = Files.list(folder)) {
            for (Path file : entries.sorted().toList()) {
                files.put(prefix + file.getFileName(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
