package io.demarc.assessment.model;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link ResourceItem}. */
public class ResourceItemId implements Serializable {

    public String tenantId;
    public String resourceKey;

    public ResourceItemId() {
    }

    public ResourceItemId(String tenantId, String resourceKey) {
        this.tenantId = tenantId;
        this.resourceKey = resourceKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceItemId id && Objects.equals(tenantId, id.tenantId)
                && Objects.equals(resourceKey, id.resourceKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, resourceKey);
    }
}
