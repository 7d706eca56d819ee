package io.demarc.assessment.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.demarc.contracts.ResourceRef;

/**
 * Finding ids: the same control on the same resource of the same tenant is always the same finding, across
 * re-evaluations, replays and restarts. The id is the first 128 bits of the SHA-256 of the identifying fields, so it
 * is short, opaque (it does not spell out account ids in URLs) and needs no lookup to compute.
 */
public final class FindingIds {

    private FindingIds() {
    }

    public static String of(String tenantId, String controlId, ResourceRef resource) {
        String identity = String.join("\n", tenantId, controlId, resource.accountId(),
                resource.awsRegion() == null ? "" : resource.awsRegion(), resource.resourceType(),
                resource.resourceId());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
