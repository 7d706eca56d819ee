package io.demarc.inventory.model;

/** Whether a tenant's data may change: a suspended tenant is readable, but imports and account changes are refused. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
