package io.demarc.inventory.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.inventory.model.WebhookSecret;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The {@code webhook_secret} table, keyed by AWS account id. */
@ApplicationScoped
public class WebhookSecretRepository implements PanacheRepositoryBase<WebhookSecret, String> {
}
