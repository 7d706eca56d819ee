package io.demarc.contracts;

/** Identifies one AWS resource of one account; the region is part of it because ids repeat across regions. */
public record ResourceRef(String accountId, String awsRegion, String resourceType, String resourceId, String arn) {
}
