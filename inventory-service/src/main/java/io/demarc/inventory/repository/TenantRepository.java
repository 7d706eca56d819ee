package io.demarc.inventory.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.inventory.model.Tenant;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The {@code tenant} table, keyed by organization alias. */
@ApplicationScoped
public class TenantRepository implements PanacheRepositoryBase<Tenant, String> {
}
