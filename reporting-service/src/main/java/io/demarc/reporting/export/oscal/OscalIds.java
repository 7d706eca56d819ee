package io.demarc.reporting.export.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/** Identifiers OSCAL accepts, derived deterministically so the same input gives the same document. */
final class OscalIds {

    private OscalIds() {
    }

    /**
     * A requirement id as an OSCAL control id (a token: starts with a letter or underscore, then letters, digits,
     * {@code . - _}): {@code A.5.1} → {@code a.5.1}, {@code 5.2} → {@code req-5.2}.
     */
    static String controlId(String requirementId) {
        String id = requirementId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
        return Character.isLetter(id.charAt(0)) || id.charAt(0) == '_' ? id : "req-" + id;
    }

    /**
     * A name-based version 5 UUID (SHA-1, RFC 4122), so re-exporting the same data gives the same UUIDs. OSCAL
     * accepts only versions 4 and 5, so the JDK's version 3 {@code nameUUIDFromBytes} will not do.
     */
    static UUID uuid(String... parts) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-1")
                    .digest(("demarc\u0000" + String.join("\u0000", parts)).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
