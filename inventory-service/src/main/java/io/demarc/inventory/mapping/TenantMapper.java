package io.demarc.inventory.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.inventory.api.TenantView;
import io.demarc.inventory.model.Tenant;

/** From {@link Tenant} rows to the API's records; the ExternalId never leaves through here. */
@ApplicationScoped
public class TenantMapper {

    public TenantView toView(Tenant tenant) {
        return new TenantView(tenant.id, tenant.name, tenant.status, tenant.createdAt, tenant.updatedAt);
    }
}
