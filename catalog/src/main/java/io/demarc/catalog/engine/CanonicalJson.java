package io.demarc.catalog.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.EventCodec;

/**
 * One text per JSON value: object keys sorted, no whitespace. Two items with the same content hash alike however
 * their source ordered the fields, so a hash in the evidence can be recomputed by anyone holding the item.
 */
public final class CanonicalJson {

    /** The codec's factory: it writes scalar nodes (numbers, strings) exactly as the event JSON does. */
    private static final JsonFactory FACTORY = EventCodec.mapper().getFactory();

    private CanonicalJson() {
    }

    public static String write(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(node, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Lower-case hex SHA-256 of the canonical text in UTF-8. The text is streamed as UTF-8 into the digest, never held
     * as a string: hashing is done once per evaluated item, so it has to cost well below parsing the item.
     */
    public static String sha256(JsonNode node) {
        MessageDigest digest = sha256();
        try (JsonGenerator generator = FACTORY.createGenerator(new DigestSink(digest), JsonEncoding.UTF8)) {
            write(node, generator);
        } catch (IOException | RuntimeException e) {
            // Text the UTF-8 writer refuses (a lone surrogate): hash what the string path encodes, as before.
            digest = sha256();
            digest.update(write(node).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonNode node, JsonGenerator generator) throws IOException {
        if (node.isObject()) {
            Map.Entry<String, JsonNode>[] fields = node.properties().toArray(new Map.Entry[0]);
            Arrays.sort(fields, Map.Entry.comparingByKey());
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> field : fields) {
                generator.writeFieldName(field.getKey());
                write(field.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) {
                write(element, generator);
            }
            generator.writeEndArray();
        } else {
            writeScalar(node, generator);
        }
    }

    /**
     * The common scalars written directly, as their node serializers write them; anything else through the codec.
     * {@code writeTree} sets up a serializer provider per value, which was a fifth of the hashing time.
     */
    private static void writeScalar(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.getNodeType()) {
            case STRING -> generator.writeString(node.textValue());
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> generator.writeNumber(node.intValue());
                    case LONG -> generator.writeNumber(node.longValue());
                    case DOUBLE -> generator.writeNumber(node.doubleValue());
                    default -> generator.writeTree(node);
                }
            }
            default -> generator.writeTree(node);
        }
    }

    /** The generator's buffered bytes go straight into the digest. */
    private static final class DigestSink extends OutputStream {

        private final MessageDigest digest;

        DigestSink(MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            digest.update(bytes, offset, length);
        }
    }
}
