package io.demarc.service.tenancy;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Which tenant's rows the work on this thread may see: the database's second tenant wall reads it. Work done for one
 * tenant (a consumed event, a request) runs inside {@link #of}; a platform job that must see every tenant (the outbox
 * relay, schedulers) runs inside {@link #acrossTenants}. Outside both, row-level security shows no tenant-owned row
 * at all. Requests get theirs from the API path (see {@link RequestTenant}); code on other threads sets it here.
 */
public final class TenantScope {

    private static final ThreadLocal<Setting> CURRENT = new ThreadLocal<>();

    private TenantScope() {
    }

    /** The rows this thread's work may see: one tenant's, every tenant's, or (tenant null, not across) none. */
    public record Setting(String tenantId, boolean acrossTenants) {

        static final Setting NONE = new Setting(null, false);

        public static Setting tenant(String tenantId) {
            return new Setting(Objects.requireNonNull(tenantId, "tenantId"), false);
        }

        public static Setting everyTenant() {
            return new Setting(null, true);
        }
    }

    /** Runs work that sees one tenant's rows only. */
    public static <T> T of(String tenantId, Supplier<T> work) {
        return within(Setting.tenant(tenantId), work);
    }

    public static void run(String tenantId, Runnable work) {
        of(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** Runs platform work that sees every tenant's rows: jobs, never a request made on behalf of one tenant. */
    public static <T> T acrossTenants(Supplier<T> work) {
        return within(Setting.everyTenant(), work);
    }

    public static void runAcrossTenants(Runnable work) {
        acrossTenants(() -> {
            work.run();
            return null;
        });
    }

    /** What this thread set, if anything. */
    static Setting onThisThread() {
        return CURRENT.get();
    }

    private static <T> T within(Setting setting, Supplier<T> work) {
        Setting previous = CURRENT.get();
        CURRENT.set(setting);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
