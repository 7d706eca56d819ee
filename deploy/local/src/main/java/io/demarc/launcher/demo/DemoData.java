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
import java.util.function.Supplier;

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
    private final DemoLog log;

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
        this.log = new DemoLog(logFile);
    }

    /** @param itemsByTenant the AWS Config items (a JSON array) of each tenant of {@link DemoPlan#TENANTS} */
    public Result load(Map<String, String> itemsByTenant) {
        log.start();
        Instant now = Instant.now();
        List<String> skipped = new ArrayList<>();
        InventoryDemo inventory = new InventoryDemo(api);
        api.token(DemoPlan.OPERATOR);
        log.step("signed in as " + DemoPlan.OPERATOR);
        // Items first: their findings travel through Kafka while the other services' data goes in.
        for (Tenant tenant : DemoPlan.TENANTS) {
            inventory.register(tenant);
            inventory.importItems(tenant, itemsByTenant.get(tenant.id()));
            log.step(tenant.id() + ": tenant, " + tenant.accounts().size() + " accounts, items imported");
        }
        if (api.isReady("ownership")) {
            OwnershipDemo ownership = new OwnershipDemo(api);
            for (Tenant tenant : DemoPlan.TENANTS) {
                ownership.load(tenant);
                log.step(tenant.id() + ": " + tenant.teams().size() + " teams, " + tenant.assignments().size()
                        + " assignments");
            }
        } else {
            skipped.add("ownership");
        }
        boolean assessmentReady = api.isReady("assessment");
        if (assessmentReady) {
            AssessmentDemo assessment = new AssessmentDemo(api);
            for (Tenant tenant : DemoPlan.TENANTS) {
                assessment.load(tenant, now);
                log.step(tenant.id() + ": " + tenant.exceptions().size() + " exceptions, "
                        + tenant.attestations().size() + " attestations");
            }
        } else {
            skipped.add("assessment");
        }
        int runs = 0;
        for (Tenant tenant : DemoPlan.TENANTS) {
            runs += inventory.collectOnce(tenant);
        }
        log.step("collection runs started: " + runs);
        int snapshots = 0;
        if (assessmentReady && api.isReady("reporting")) {
            ReportingDemo reporting = new ReportingDemo(api, reportingJdbcUrl, databaseOwner,
                    databaseOwnerPassword.get());
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            for (Tenant tenant : DemoPlan.TENANTS) {
                int written = reporting.load(tenant, today);
                snapshots += written;
                log.step(tenant.id() + ": posture snapshots written (synthetic history): " + written);
            }
        } else {
            skipped.add("reporting");
        }
        log.step("done" + (skipped.isEmpty() ? "" : "; not running, left for the next up: " + skipped));
        Map<String, Integer> items = new LinkedHashMap<>();
        DemoPlan.TENANTS.forEach(tenant -> items.put(tenant.id(), itemCount(itemsByTenant.get(tenant.id()))));
        return new Result(items, List.copyOf(skipped), runs, snapshots);
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
