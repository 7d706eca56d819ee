package io.demarc.ownership.model;

import java.time.Instant;

/**
 * How a tenant uses one resource type.
 *
 * @param resourceCount resources of the type that exist now (deleted ones do not count)
 * @param firstSeenAt capture time of the oldest item of the type the tenant has had, deleted resources included
 */
public record ResourceTypeUsage(String resourceType, long resourceCount, Instant firstSeenAt) {
}
