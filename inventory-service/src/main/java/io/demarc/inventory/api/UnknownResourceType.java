package io.demarc.inventory.api;

/**
 * A resource type the catalog does not classify, with how many of the tenant's resources have it.
 */
public record UnknownResourceType(String resourceType, long resources) {
}
