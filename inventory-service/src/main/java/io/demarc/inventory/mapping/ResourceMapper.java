package io.demarc.inventory.mapping;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.inventory.api.ResourceDetail;
import io.demarc.inventory.model.Resource;

/**
 * Between configuration items, {@link Resource} rows and the API's records. The item is stored in the event encoding
 * ({@link EventCodec#mapper()}), so what the API and the events show is the same JSON.
 */
@ApplicationScoped
public class ResourceMapper {

    public Resource newResource(String tenantId, ConfigurationItem item, String itemHash) {
        Resource resource = new Resource();
        resource.tenantId = tenantId;
        resource.accountId = item.accountId();
        resource.awsRegion = item.awsRegion();
        resource.resourceType = item.resourceType();
        resource.resourceId = item.resourceId();
        update(resource, item, itemHash);
        return resource;
    }

    /** Makes {@code item} the resource's current state. */
    public void update(Resource resource, ConfigurationItem item, String itemHash) {
        resource.resourceName = item.resourceName();
        resource.arn = item.arn();
        resource.configurationItemCaptureTime = item.configurationItemCaptureTime();
        resource.configurationStateId = item.configurationStateId();
        resource.configurationItemStatus = item.configurationItemStatus();
        resource.deleted = item.isDeletion();
        resource.item = EventCodec.mapper().valueToTree(item);
        resource.itemHash = itemHash;
        resource.updatedAt = Instant.now();
    }

    public ResourceDetail toDetail(Resource resource) {
        return new ResourceDetail(resource.id, resource.accountId, resource.awsRegion, resource.resourceType,
                resource.resourceId, resource.resourceName, resource.arn, resource.configurationItemCaptureTime,
                resource.configurationStateId, resource.configurationItemStatus, resource.deleted, resource.updatedAt,
                itemOf(resource));
    }

    private static ConfigurationItem itemOf(Resource resource) {
        try {
            return EventCodec.mapper().treeToValue(resource.item, ConfigurationItem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored item of resource " + resource.id + " cannot be read", e);
        }
    }
}
