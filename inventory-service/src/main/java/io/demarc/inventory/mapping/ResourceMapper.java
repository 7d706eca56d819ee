package io.demarc.inventory.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.inventory.api.ResourceDetail;
import io.demarc.inventory.api.ResourceSummary;
import io.demarc.inventory.api.ResourceVersionView;
import io.demarc.inventory.model.Resource;
import io.demarc.inventory.model.ResourceVersion;
import io.demarc.inventory.repository.ResourceListRow;
import io.demarc.inventory.service.ServiceModels;

/**
 * Between configuration items, {@link Resource} rows and the API's records. The item is stored in the event encoding
 * ({@link EventCodec#mapper()}), so what the API and the events show is the same JSON.
 */
@ApplicationScoped
public class ResourceMapper {

    @Inject
    ServiceModels serviceModels;

    public ResourceDetail toDetail(Resource resource) {
        return new ResourceDetail(resource.id, resource.accountId, resource.awsRegion, resource.resourceType,
                serviceModels.modelOf(resource.resourceType), resource.resourceId, resource.resourceName, resource.arn,
                resource.configurationItemCaptureTime,
                resource.configurationStateId, resource.configurationItemStatus, resource.deleted, resource.updatedAt,
                itemOf(resource.item, resource.id));
    }

    public ResourceSummary toSummary(ResourceListRow row) {
        return new ResourceSummary(row.id(), row.accountId(), row.awsRegion(), row.resourceType(),
                serviceModels.modelOf(row.resourceType()), row.resourceId(), row.resourceName(), row.arn(),
                row.configurationItemCaptureTime(), row.configurationStateId(), row.configurationItemStatus(),
                row.deleted(), row.updatedAt());
    }

    /** The version a resource holds now. */
    public ResourceVersionView toCurrentVersion(Resource resource) {
        return new ResourceVersionView(true, resource.configurationItemCaptureTime, resource.configurationStateId,
                resource.configurationItemStatus, resource.deleted, resource.updatedAt, null,
                itemOf(resource.item, resource.id));
    }

    public ResourceVersionView toVersion(ResourceVersion version) {
        return new ResourceVersionView(false, version.configurationItemCaptureTime, version.configurationStateId,
                version.configurationItemStatus, version.deleted, version.storedAt, version.replacedAt,
                itemOf(version.item, version.versionOf));
    }

    private static ConfigurationItem itemOf(JsonNode item, Long resourceId) {
        try {
            return EventCodec.mapper().treeToValue(item, ConfigurationItem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored item of resource " + resourceId + " cannot be read", e);
        }
    }
}
