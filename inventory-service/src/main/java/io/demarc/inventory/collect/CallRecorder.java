package io.demarc.inventory.collect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.catalog.recordings.RecordedCall;
import io.demarc.catalog.recordings.RecordedResponses;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;

/**
 * Makes the AWS calls of one collection step and records each answer, success or error, in the recorded-response
 * format ({@code <endpoint>.<Operation>_<N>.json} = {@code {"status_code": .., "data": ..}}), so that live collection
 * goes through the same normalizer as uploaded recordings. A failed call is recorded, never thrown: the normalizer
 * decides whether it is a gap or an answer (404 NoSuchEntity on the password policy).
 */
final class CallRecorder {

    /** Recorded for a call that got no answer from AWS at all (connection refused, timeout). */
    static final int NO_ANSWER = 599;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Integer> sequences = new HashMap<>();
    private final Map<String, RecordedCall> calls = new LinkedHashMap<>();

    /** One call, numbered after the previous calls of the operation. */
    <T extends SdkPojo> Optional<T> call(String endpoint, String operation, Supplier<T> request) {
        return call(endpoint, operation, nextSequence(endpoint, operation), request);
    }

    /** One call with a given number: per-bucket call N is about the N-th listed bucket. */
    <T extends SdkPojo> Optional<T> call(String endpoint, String operation, int sequence, Supplier<T> request) {
        sequences.merge(endpoint + "." + operation, sequence, Math::max);
        try {
            T response = request.get();
            record(endpoint, operation, sequence, 200, SdkJson.toJson(response));
            return Optional.of(response);
        } catch (AwsServiceException e) {
            recordError(endpoint, operation, sequence, e.statusCode(), e.awsErrorDetails() == null
                    ? "Unknown"
                    : e.awsErrorDetails().errorCode(), messageOf(e));
            return Optional.empty();
        } catch (SdkException e) {
            recordError(endpoint, operation, sequence, NO_ANSWER, "NoAnswer", e.getMessage());
            return Optional.empty();
        }
    }

    /** Every page of a paginated list, each recorded as the next call; stops at the first failed page. */
    <T extends SdkPojo> void pages(String endpoint, String operation, Supplier<SdkIterable<T>> pages) {
        pages(endpoint, operation, pages, page -> {
        });
    }

    /** Every page, each also given to {@code each}. */
    <T extends SdkPojo> void pages(String endpoint, String operation, Supplier<SdkIterable<T>> pages,
            Consumer<T> each) {
        int sequence = nextSequence(endpoint, operation);
        try {
            for (T page : pages.get()) {
                record(endpoint, operation, sequence++, 200, SdkJson.toJson(page));
                each.accept(page);
            }
        } catch (AwsServiceException e) {
            recordError(endpoint, operation, sequence, e.statusCode(), e.awsErrorDetails() == null
                    ? "Unknown"
                    : e.awsErrorDetails().errorCode(), messageOf(e));
        } catch (SdkException e) {
            recordError(endpoint, operation, sequence, NO_ANSWER, "NoAnswer", e.getMessage());
        }
    }

    int callCount() {
        return calls.size();
    }

    RecordedResponses responses() {
        return RecordedResponses.of(new ArrayList<>(calls.values()));
    }

    /** The recording as a zip of {@code <endpoint>.<Operation>_<N>.json} files: the evidence of the step. */
    byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (RecordedCall call : calls.values()) {
                zip.putNextEntry(new ZipEntry(call + ".json"));
                ObjectNode file = JSON.createObjectNode().put("status_code", call.statusCode());
                file.set("data", call.data());
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
                zip.closeEntry();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded answer cannot be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private int nextSequence(String endpoint, String operation) {
        return sequences.getOrDefault(endpoint + "." + operation, 0) + 1;
    }

    private void recordError(String endpoint, String operation, int sequence, int status, String code,
            String message) {
        ObjectNode data = JSON.createObjectNode();
        data.putObject("Error").put("Code", code).put("Message", message);
        record(endpoint, operation, sequence, status, data);
    }

    private void record(String endpoint, String operation, int sequence, int status, ObjectNode data) {
        sequences.merge(endpoint + "." + operation, sequence, Math::max);
        RecordedCall call = new RecordedCall(endpoint, operation, sequence, status, data, Instant.now(), null);
        calls.put(call.toString(), call);
    }

    private static String messageOf(AwsServiceException e) {
        return e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
    }
}
