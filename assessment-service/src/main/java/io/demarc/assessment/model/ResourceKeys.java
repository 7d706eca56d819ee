package io.demarc.assessment.model;

import io.demarc.contracts.ResourceRef;

/** The key of a resource within its tenant: account, region, type and id, as the scope of a RESOURCE assignment. */
public final class ResourceKeys {

    private ResourceKeys() {
    }

    public static String of(ResourceRef resource) {
        return String.join("/", resource.accountId(), resource.awsRegion() == null ? "" : resource.awsRegion(),
                resource.resourceType(), resource.resourceId());
    }
}
