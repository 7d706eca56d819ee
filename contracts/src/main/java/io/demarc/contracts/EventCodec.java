package io.demarc.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes and reads events exactly one way, so every producer and consumer agree on the wire format. Unknown fields
 * are tolerated on read so a newer producer does not break an older consumer of the same major version.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventCodec() {
    }

    /** Wraps a payload in a new envelope with a fresh id and the current time. */
    public static <T> CloudEvent<T> envelope(String source, String type, String tenantId, String subject, T data) {
        return new CloudEvent<>(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                Instant.now(), CloudEvent.JSON, schemaOf(type), tenantId, data);
    }

    public static String write(CloudEvent<?> event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an envelope and checks that it carries the expected type and a tenant.
     *
     * @throws InvalidEventException when the text is not such an event; consumers send it to the dead-letter topic
     */
    public static <T> CloudEvent<T> read(String json, String expectedType, Class<T> dataType) {
        JavaType type = MAPPER.getTypeFactory().constructParametricType(CloudEvent.class, dataType);
        CloudEvent<T> event;
        try {
            event = MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not a CloudEvents JSON envelope: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (event == null || !CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new InvalidEventException("specversion must be " + CloudEvent.SPEC_VERSION);
        }
        if (!expectedType.equals(event.type())) {
            throw new InvalidEventException("expected type " + expectedType + " but got " + event.type());
        }
        if (event.id() == null || event.id().isBlank()) {
            throw new InvalidEventException("the event has no id");
        }
        if (event.tenantid() == null || event.tenantid().isBlank()) {
            throw new InvalidEventException("the event has no tenantid");
        }
        if (event.data() == null) {
            throw new InvalidEventException("the event has no data");
        }
        return event;
    }

    /**
     * Reads an envelope as {@link #read} does, then checks its data as the contract states, so a consumer can trust
     * every field it relies on.
     *
     * @throws InvalidEventException when the text is not such an event or its data is incomplete
     */
    public static <T extends EventData> CloudEvent<T> readComplete(String json, String expectedType,
            Class<T> dataType) {
        CloudEvent<T> event = read(json, expectedType, dataType);
        requireComplete(event);
        return event;
    }

    /**
     * Checks that the data belongs to the envelope's tenant and holds what its contract requires.
     *
     * @throws InvalidEventException naming the event and the first field that is missing or invalid
     */
    public static void requireComplete(CloudEvent<? extends EventData> event) {
        EventData data = event.data();
        if (data == null) {
            throw new InvalidEventException("event " + event.id() + " has no data");
        }
        if (data.tenantId() != null && !data.tenantId().equals(event.tenantid())) {
            throw new InvalidEventException("event " + event.id() + " is for tenant " + event.tenantid()
                    + " but its data names tenant " + data.tenantId());
        }
        try {
            data.requireComplete();
        } catch (InvalidEventException e) {
            throw new InvalidEventException("event " + event.id() + " (" + event.type() + "): " + e.getMessage(), e);
        }
    }

    /**
     * The CloudEvents type of a message, for consumers of topics that carry several types.
     *
     * @throws InvalidEventException when the text is not a JSON object with a string {@code type}
     */
    public static String typeOf(String json) {
        JsonNode type;
        try {
            type = json == null ? null : MAPPER.readTree(json).path("type");
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not a CloudEvents JSON envelope: " + e.getOriginalMessage(), e);
        }
        if (type == null || !type.isTextual()) {
            throw new InvalidEventException("the message has no CloudEvents type");
        }
        return type.asText();
    }

    /** The mapper behind the codec, for code that must produce the same JSON (hashes, evidence). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    static String schemaOf(String type) {
        return "urn:demarc:schema:" + type;
    }
}
