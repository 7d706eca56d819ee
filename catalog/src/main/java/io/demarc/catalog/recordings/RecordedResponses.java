package io.demarc.catalog.recordings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Recorded AWS API responses: a directory or zip of {@code <endpoint>.<Operation>_<N>.json} files, each
 * {@code {"status_code": 200, "data": <response>}} as placebo records them, or plain AWS CLI JSON output under the same
 * name (status 200). N orders the calls of one operation. Datetimes recorded as
 * {@code {"__class__": "datetime", "year": ...}} become ISO-8601 instants; placebo drops the zone, so they are read as
 * UTC. Other files are ignored. Zips are read in memory and never unpacked to disk; unsafe entry names, too many
 * entries and too many uncompressed bytes (zip bombs) are refused.
 */
public final class RecordedResponses {

    /** What a recording may hold at most. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

        public static final Limits DEFAULT = new Limits(10_000, 32L << 20, 256L << 20);
    }

    static final Pattern FILE_NAME = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.([A-Za-z0-9]+)_(\\d{1,6})\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<RecordedCall> ORDER = Comparator.comparing(RecordedCall::endpoint)
            .thenComparing(RecordedCall::operation).thenComparingInt(RecordedCall::sequence);

    private final List<RecordedCall> calls;

    private RecordedResponses(List<RecordedCall> calls) {
        this.calls = calls.stream().sorted(ORDER).toList();
    }

    public static RecordedResponses of(List<RecordedCall> calls) {
        return new RecordedResponses(calls);
    }

    /** A directory of recordings, or a {@code .zip} file of them. */
    public static RecordedResponses read(Path path) {
        return read(path, Limits.DEFAULT);
    }

    public static RecordedResponses read(Path path, Limits limits) {
        try {
            if (Files.isDirectory(path)) {
                return fromDirectory(path, limits);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return fromZip(in, limits);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RecordedResponses fromZip(byte[] zip, Limits limits) {
        try {
            return fromZip(new ByteArrayInputStream(zip), limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws InvalidRecordingException when the stream is not a zip, an entry name is unsafe, a limit is exceeded, a
     *         recording is not JSON, or no recording is found
     */
    public static RecordedResponses fromZip(InputStream zip, Limits limits) throws IOException {
        Reader reader = new Reader();
        int entries = 0;
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new InvalidRecordingException(
                            "the zip holds more than " + limits.maxEntries() + " entries; split the recording");
                }
                String name = entry.getName();
                checkSafe(name);
                if (entry.isDirectory() || reader.fileName(name) == null) {
                    continue;
                }
                byte[] bytes = readCapped(in, name, limits.maxEntryBytes(), limits.maxTotalBytes() - total);
                total += bytes.length;
                Instant written = entry.getLastModifiedTime() == null
                        ? null
                        : entry.getLastModifiedTime().toInstant();
                reader.add(name, bytes, written);
            }
        } catch (ZipException | java.io.EOFException e) {
            // A truncated or corrupt zip ends in one of these, not in a bad entry.
            throw new InvalidRecordingException("the body is not a readable zip: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new InvalidRecordingException("the body is not a zip, or an empty one");
        }
        return reader.result();
    }

    public static RecordedResponses fromDirectory(Path directory, Limits limits) throws IOException {
        Reader reader = new Reader();
        long total = 0;
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> candidates = files.filter(Files::isRegularFile).sorted().toList();
            if (candidates.size() > limits.maxEntries()) {
                throw new InvalidRecordingException(
                        "the directory holds more than " + limits.maxEntries() + " files; split the recording");
            }
            for (Path file : candidates) {
                String name = file.getFileName().toString();
                if (reader.fileName(name) == null) {
                    continue;
                }
                long size = Files.size(file);
                if (size > limits.maxEntryBytes() || total + size > limits.maxTotalBytes()) {
                    throw new InvalidRecordingException(name + " makes the recording larger than allowed ("
                            + limits.maxEntryBytes() + " bytes a file, " + limits.maxTotalBytes() + " in all)");
                }
                total += size;
                reader.add(name, Files.readAllBytes(file), Files.getLastModifiedTime(file).toInstant());
            }
        }
        return reader.result();
    }

    /** Every call, ordered by endpoint, operation and sequence. */
    public List<RecordedCall> calls() {
        return calls;
    }

    /** The calls of one operation, first call first. */
    public List<RecordedCall> calls(String endpoint, String operation) {
        return calls.stream().filter(call -> call.endpoint().equals(endpoint) && call.operation().equals(operation))
                .toList();
    }

    /**
     * The calls of a list or describe operation grouped into rounds: a call that follows a truncated answer (one with
     * a {@code NextToken}, {@code Marker} or {@code IsTruncated: true}) fetches the next page of the same round; any
     * other call starts a new round, which sees a later state of the account.
     */
    public List<List<RecordedCall>> rounds(String endpoint, String operation) {
        List<List<RecordedCall>> rounds = new ArrayList<>();
        List<RecordedCall> current = null;
        for (RecordedCall call : calls(endpoint, operation)) {
            if (current == null || !truncated(current.get(current.size() - 1))) {
                current = new ArrayList<>();
                rounds.add(current);
            }
            current.add(call);
        }
        return rounds;
    }

    private static boolean truncated(RecordedCall call) {
        JsonNode data = call.data();
        if (call.failed()) {
            return false;
        }
        if (data.has("IsTruncated") || data.has("Truncated")) {
            return data.path("IsTruncated").asBoolean(false) || data.path("Truncated").asBoolean(false);
        }
        for (String token : List.of("NextToken", "nextToken", "Marker", "NextMarker", "PaginationToken")) {
            if (data.hasNonNull(token) && !data.get(token).asText().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void checkSafe(String name) {
        String normalized = name.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")
                || List.of(normalized.split("/")).contains("..")) {
            throw new InvalidRecordingException("unsafe zip entry name \"" + abbreviate(name)
                    + "\": absolute paths and '..' are refused");
        }
    }

    private static byte[] readCapped(InputStream in, String name, long maxEntry, long remaining) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > maxEntry || read > remaining) {
                throw new InvalidRecordingException("zip entry \"" + abbreviate(name)
                        + "\" makes the recording larger than allowed uncompressed (" + maxEntry
                        + " bytes a file, " + (remaining + out.size()) + " left in all)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    /** Collects the recordings of one directory or zip. */
    private static final class Reader {

        private final Map<String, RecordedCall> byName = new TreeMap<>();

        /** The base name when it names a recording, else {@code null}. */
        String fileName(String path) {
            String base = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
            return FILE_NAME.matcher(base).matches() ? base : null;
        }

        void add(String path, byte[] bytes, Instant written) {
            String base = fileName(path);
            Matcher matcher = FILE_NAME.matcher(base);
            if (!matcher.matches()) {
                return;
            }
            int sequence = Integer.parseInt(matcher.group(3));
            if (sequence < 1) {
                throw new InvalidRecordingException(path + ": calls are numbered from 1");
            }
            JsonNode root;
            try {
                root = JSON.readTree(bytes);
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null
                        ? ""
                        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                                + ")";
                throw new InvalidRecordingException(path + " is not valid JSON" + where, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (root == null || root.isMissingNode() || !root.isObject()) {
                throw new InvalidRecordingException(path + " must hold a JSON object (an API response)");
            }
            boolean wrapped = root.has("status_code") && root.has("data") && root.get("status_code").isNumber();
            int status = wrapped ? root.get("status_code").asInt() : 200;
            JsonNode data;
            try {
                data = decodeTimes(wrapped ? root.get("data") : root);
            } catch (java.time.DateTimeException e) {
                throw new InvalidRecordingException(path + " holds an impossible datetime: " + e.getMessage(), e);
            }
            if (!data.isObject()) {
                throw new InvalidRecordingException(path + ": \"data\" must be a JSON object");
            }
            Instant answered = httpDate(data);
            RecordedCall call = new RecordedCall(matcher.group(1), matcher.group(2), sequence, status, data, answered,
                    written);
            if (byName.put(base, call) != null) {
                throw new InvalidRecordingException("the recording holds " + base
                        + " twice; zip one recording folder at a time");
            }
        }

        RecordedResponses result() {
            if (byName.isEmpty()) {
                throw new InvalidRecordingException("no recorded responses found: expected files named"
                        + " <endpoint>.<Operation>_<N>.json, e.g. ec2.DescribeSecurityGroups_1.json");
            }
            return new RecordedResponses(new ArrayList<>(byName.values()));
        }
    }

    private static Instant httpDate(JsonNode data) {
        JsonNode date = data.path("ResponseMetadata").path("HTTPHeaders").path("date");
        if (!date.isTextual()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(date.asText(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Replaces placebo's datetime objects by ISO-8601 instants (UTC: placebo does not record the zone). */
    static JsonNode decodeTimes(JsonNode node) {
        if (node.isObject() && "datetime".equals(node.path("__class__").asText())) {
            LocalDateTime time = LocalDateTime.of(node.path("year").asInt(), node.path("month").asInt(1),
                    node.path("day").asInt(1), node.path("hour").asInt(), node.path("minute").asInt(),
                    node.path("second").asInt(), node.path("microsecond").asInt() * 1000);
            return TextNode.valueOf(time.toInstant(ZoneOffset.UTC).toString());
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), decodeTimes(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(decodeTimes(element)));
            return copy;
        }
        return node;
    }
}
