package io.demarc.launcher.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import io.demarc.launcher.LauncherException;
import io.demarc.launcher.demo.DemoPlan.Tenant;

/**
 * Loads the whole demo into a running stack, service by service, through their REST APIs (and, for reporting's
 * synthetic posture history only, its database). Every step is idempotent; a service that is not running (an
 * {@code up --only ...}) is skipped and the load reported incomplete, so the next {@code up} finishes it.
 */
public final class DemoData {

    /** What went in: items per tenant, and the services that were not there. */
    public record Result(Map<String, Integer> items, List<String> skippedServices, int collectionRuns,
            int postureSnapshots) {

        public boolean complete() {
            return skippedServices.isEmpty();
        }
    }

    private final DemoApi api;
    private final String reportingJdbcUrl;
    private final String databaseOwner;
    private final Supplier<String> databaseOwnerPassword;
    private final Path logFile;

    /**
     * @param serviceUrls base URL of inventory, ownership, assessment and reporting
     * @param databaseOwnerPassword read only when reporting's history is written
     * @param logFile where each step and its duration are appended; null for nowhere
     */
    public DemoData(String realmUrl, Map<String, String> serviceUrls, String reportingJdbcUrl, String databaseOwner,
            Supplier<String> databaseOwnerPassword, Path logFile) {
        this.api = new DemoApi(realmUrl, serviceUrls);
        this.reportingJdbcUrl = reportingJdbcUrl;
        this.databaseOwner = databaseOwner;
        this.databaseOwnerPassword = databaseOwnerPassword;
        this.logFile = logFile;
    }

    /** @param itemsByTenant the AWS Config items (a JSON array) of each tenant of {@link DemoPlan#TENANTS} */
    public Result load(Map<String, String> itemsByTenant) {
        DemoLog log = new DemoLog(logFile, "");
        log.start();
        Instant now = Instant.now();
        api.token(DemoPlan.OPERATOR);
        log.step("signed in as " + DemoPlan.OPERATOR);
        List<String> skipped = new ArrayList<>();
        boolean ownershipReady = api.isReady("ownership");
        boolean assessmentReady = api.isReady("assessment");
        boolean reportingReady = assessmentReady && api.isReady("reporting");
        if (!ownershipReady) {
            skipped.add("ownership");
        }
        if (!assessmentReady) {
            skipped.add("assessment");
        }
        if (!reportingReady) {
            skipped.add("reporting");
        }
        // The tenants load side by side: most of the time goes into waiting for the services.
        ExecutorService pool = Executors.newFixedThreadPool(DemoPlan.TENANTS.size(), runnable -> {
            Thread thread = new Thread(runnable, "demo-data");
            thread.setDaemon(true);
            return thread;
        });
        int runs = 0;
        int snapshots = 0;
        try {
            List<Future<int[]>> loads = new ArrayList<>();
            for (Tenant tenant : DemoPlan.TENANTS) {
                loads.add(pool.submit(() -> loadTenant(tenant, itemsByTenant.get(tenant.id()), now, ownershipReady,
                        assessmentReady, reportingReady)));
            }
            for (Future<int[]> load : loads) {
                int[] counts = load.get();
                runs += counts[0];
                snapshots += counts[1];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while loading demo data", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new LauncherException("Loading demo data failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        log.step("done" + (skipped.isEmpty() ? "" : "; not running, left for the next up: " + skipped));
        Map<String, Integer> items = new LinkedHashMap<>();
        DemoPlan.TENANTS.forEach(tenant -> items.put(tenant.id(), itemCount(itemsByTenant.get(tenant.id()))));
        return new Result(items, List.copyOf(skipped), runs, snapshots);
    }

    /** @return collection runs started and posture snapshots written */
    private int[] loadTenant(Tenant tenant, String items, Instant now, boolean ownershipReady,
            boolean assessmentReady, boolean reportingReady) {
        DemoLog log = new DemoLog(logFile, tenant.id() + ": ");
        InventoryDemo inventory = new InventoryDemo(api);
        // Items first: their findings travel through Kafka while the other services' data goes in.
        inventory.register(tenant);
        inventory.importItems(tenant, items);
        log.step("tenant, " + tenant.accounts().size() + " accounts, items imported");
        if (ownershipReady) {
            new OwnershipDemo(api).load(tenant);
            log.step(tenant.teams().size() + " teams, " + tenant.assignments().size() + " assignments");
        }
        if (assessmentReady) {
            new AssessmentDemo(api).load(tenant, now);
            log.step(tenant.exceptions().size() + " exceptions, " + tenant.attestations().size() + " attestations");
        }
        int runs = inventory.collectOnce(tenant);
        log.step("collection runs started: " + runs);
        int snapshots = 0;
        if (reportingReady) {
            snapshots = new ReportingDemo(api, reportingJdbcUrl, databaseOwner, databaseOwnerPassword.get())
                    .load(tenant, LocalDate.ofInstant(now, ZoneOffset.UTC));
            log.step("posture snapshots written (" + (ReportingDemo.DAYS - 1) + " days synthetic, today real): "
                    + snapshots);
        }
        return new int[]{runs, snapshots};
    }

    static int itemCount(String body) {
        try {
            var json = DemoApi.JSON.readTree(body);
            return json.isArray() ? json.size() : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
