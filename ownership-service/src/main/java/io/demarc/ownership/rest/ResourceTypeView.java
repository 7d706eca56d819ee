package io.demarc.ownership.rest;

import java.time.Instant;

/**
 * A resource type a tenant uses.
 *
 * @param resourceType AWS Config's name of the type, such as {@code AWS::S3::Bucket}
 * @param resourceCount how many resources of the type exist now
 * @param firstSeenAt capture time of the oldest configuration item of the type seen for the tenant
 */
public record ResourceTypeView(String resourceType, long resourceCount, Instant firstSeenAt) {
}
