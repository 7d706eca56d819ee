package io.demarc.inventory.keycloak;

/** What became of a tenant's Keycloak Organization. */
public enum OrganizationOutcome {
    /** Created now. */
    CREATED,
    /** Keycloak already had it (409): fine, the tenant maps onto it. */
    ALREADY_EXISTS,
    /** Changed now (renamed, enabled or disabled). */
    UPDATED,
    /** Keycloak has no organization with the tenant's alias: nothing to change there. */
    NOT_FOUND,
    /** No admin access is configured: organizations are managed elsewhere. */
    NOT_MANAGED
}
