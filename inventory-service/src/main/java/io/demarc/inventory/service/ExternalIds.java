package io.demarc.inventory.service;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Per-tenant sts:ExternalIds: 24 random bytes from {@link SecureRandom}, base64url without padding, i.e. 32
 * characters from {@code [A-Za-z0-9_-]}, all allowed in an ExternalId. Unguessable, so another MSP customer cannot
 * make Demarc assume this tenant's role (the confused-deputy problem).
 */
final class ExternalIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ExternalIds() {
    }

    static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
