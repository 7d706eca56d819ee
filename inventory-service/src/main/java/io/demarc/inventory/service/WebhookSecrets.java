package io.demarc.inventory.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.demarc.inventory.api.WebhookSecretView;
import io.demarc.inventory.model.WebhookSecret;
import io.demarc.inventory.repository.AwsAccountRepository;
import io.demarc.inventory.repository.WebhookSecretRepository;
import io.demarc.service.rest.HttpProblems;

/**
 * Per-account secrets of EventBridge API destinations: 32 random bytes generated here, returned once, stored as a
 * SHA-256 hash, compared in constant time, never logged.
 */
@ApplicationScoped
public class WebhookSecrets {

    /** The header the API destination's connection sends (EventBridge "API key" authorization). */
    public static final String HEADER = "X-Demarc-Webhook-Secret";

    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    WebhookSecretRepository repository;

    @Inject
    AwsAccountRepository accounts;

    @Inject
    TenantService tenants;

    /** Creates the account's secret, or replaces it: the previous one stops working at once. */
    @Transactional
    public WebhookSecretView issue(String tenantId, String accountId) {
        tenants.requireActive(tenantId);
        accounts.findByTenantAndAccount(tenantId, accountId).orElseThrow(() -> HttpProblems.notFound(
                "No AWS account " + accountId + " in tenant '" + tenantId + "'."));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        WebhookSecret row = repository.findByIdOptional(accountId).orElseGet(WebhookSecret::new);
        boolean rotated = row.accountId != null;
        row.accountId = accountId;
        row.tenantId = tenantId;
        row.secretHash = sha256(secret);
        row.createdAt = Instant.now();
        repository.persist(row);
        LOG.infof("Tenant %s: EventBridge webhook secret of AWS account %s %s.", tenantId, accountId,
                rotated ? "rotated" : "created");
        return new WebhookSecretView(accountId, HEADER, secret,
                "/api/v1/webhooks/eventbridge/" + tenantId + "/" + accountId, row.createdAt);
    }

    /**
     * Whether {@code presented} is the secret of this tenant's account. Unknown tenant, unknown account and wrong
     * secret look the same to the caller, and take the same time once the row is read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean matches(String tenantId, String accountId, String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > 256) {
            return false;
        }
        Optional<byte[]> stored = repository.findByIdOptional(accountId)
                .filter(row -> row.tenantId.equals(tenantId)).map(row -> row.secretHash);
        // Both sides are SHA-256 hashes of equal length, so isEqual's time says nothing about the secret.
        boolean equal = MessageDigest.isEqual(stored.orElse(new byte[32]), sha256(presented));
        return stored.isPresent() && equal;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
