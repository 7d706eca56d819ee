package io.demarc.ownership.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.ownership.model.ResourceTypeUsage;
import io.demarc.ownership.rest.ResourceTypeView;

@ApplicationScoped
public class ResourceTypeMapper {

    public ResourceTypeView toView(ResourceTypeUsage usage) {
        return new ResourceTypeView(usage.resourceType(), usage.resourceCount(), usage.firstSeenAt());
    }
}
