package io.demarc.service.security;

/** The realm roles of Keycloak realm {@code demarc}, as they appear in {@code @RolesAllowed}. */
public final class Roles {

    /** MSP operator: every tenant, including tenant management. */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** Administers one tenant's accounts, imports, owners and exceptions. */
    public static final String TENANT_ADMIN = "tenant-admin";
    /** Works findings and reads everything of the tenant. */
    public static final String ANALYST = "analyst";
    /** Read-only, for audits: posture and evidence. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
