package io.demarc.inventory.repository;

import java.time.Instant;

import io.demarc.catalog.ingest.ResourceKey;

/** What an import compares an incoming item with: the stored row's key, age and hash, without its item. */
public record StoredResource(long id, ResourceKey key, Instant configurationItemCaptureTime,
        String configurationStateId, String itemHash) {
}
