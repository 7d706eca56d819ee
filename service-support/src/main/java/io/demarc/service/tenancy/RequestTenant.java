package io.demarc.service.tenancy;

import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant an API request works for, as the tenant path filter found it: the path's tenant, every tenant for a
 * platform administrator on a path outside any tenant, or nothing.
 */
@RequestScoped
public class RequestTenant {

    private TenantScope.Setting setting = TenantScope.Setting.NONE;

    public void set(TenantScope.Setting setting) {
        this.setting = setting;
    }

    TenantScope.Setting setting() {
        return setting;
    }
}
