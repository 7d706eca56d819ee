package io.demarc.inventory.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The hash of an AWS account's EventBridge webhook secret; the secret itself is never stored. */
@Entity
@Table(name = "webhook_secret")
public class WebhookSecret {

    @Id
    @Column(name = "account_id")
    public String accountId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    /** SHA-256 of the secret's UTF-8 text. */
    @Column(name = "secret_hash", nullable = false)
    public byte[] secretHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Override
    public String toString() {
        return "WebhookSecret[" + tenantId + "/" + accountId + "]";
    }
}
