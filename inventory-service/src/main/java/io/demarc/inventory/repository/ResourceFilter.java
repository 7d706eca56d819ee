package io.demarc.inventory.repository;

import java.util.Set;

/**
 * What a resource listing is narrowed to; a null field does not narrow.
 *
 * @param resourceTypes the types allowed (a service model's types); null for any
 * @param excludedTypes the types left out (the known types, when listing UNKNOWN ones); null for none
 * @param tagKey with {@code tagValue}: only resources carrying this tag with this value
 */
public record ResourceFilter(String accountId, String awsRegion, String resourceType, Set<String> resourceTypes,
        Set<String> excludedTypes, String tagKey, String tagValue) {
}
