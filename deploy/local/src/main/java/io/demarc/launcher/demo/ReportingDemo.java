package io.demarc.launcher.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.launcher.LauncherException;
import io.demarc.launcher.demo.DemoPlan.Tenant;

/**
 * reporting's part. Its trends are per-day opened/closed counts from finding transitions, stamped with assessment's
 * evaluation time (the wall clock, not the items' capture time), and the nightly posture snapshots: neither can be
 * made to reach into the past through the event path. So, as an openly synthetic demo history, this writes the
 * {@value #DAYS} days of posture snapshots up to today straight into reporting's {@code posture_snapshot} table as
 * the database owner, and nothing else: only for a tenant that has no snapshot at all, and only from the local
 * launcher's demo loading ({@code ./demarc up}). Today's row is the posture reporting computes now (what its nightly
 * job stores); the {@value #DAYS} - 1 days before are invented by {@link SyntheticPosture}. The finding transitions
 * stay real: they begin today.
 */
final class ReportingDemo {

    /** Days of posture history, today included. */
    static final int DAYS = 90;
    private static final long SETTLE_MILLIS = 30_000;
    private static final int MAX_COUNTED = 500;
    private static final long POLL_MILLIS = 500;

    private final DemoApi api;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    ReportingDemo(DemoApi api, String jdbcUrl, String user, String password) {
        this.api = api;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** @return snapshots written (0 when the tenant has some already) */
    int load(Tenant tenant, LocalDate today) {
        if (hasSnapshots(tenant)) {
            return 0;
        }
        List<SyntheticPosture.Snapshot> history = SyntheticPosture.history(settledPosture(tenant), today, DAYS);
        write(tenant, history);
        return history.size();
    }

    /**
     * Today's posture once the imported items' findings reached reporting: read until reporting holds as many
     * findings as assessment and two reads half a second apart agree, for at most {@value #SETTLE_MILLIS} ms (then
     * whatever it is).
     */
    private List<SyntheticPosture.Figures> settledPosture(Tenant tenant) {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        List<SyntheticPosture.Figures> previous = null;
        while (true) {
            int inAssessment = findings("assessment", tenant);
            List<SyntheticPosture.Figures> current = posture(tenant);
            int inReporting = findings("reporting", tenant);
            boolean caughtUp = inReporting > 0 && inReporting == inAssessment;
            if ((caughtUp && current.equals(previous)) || System.currentTimeMillis() > deadline) {
                return current;
            }
            previous = current;
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LauncherException("Interrupted while loading demo data", e);
            }
        }
    }

    /** How many findings a service lists for the tenant, up to {@value #MAX_COUNTED} (more count as that many). */
    private int findings(String service, Tenant tenant) {
        JsonNode page = api.get(service, InventoryDemo.tenantPath(tenant) + "/findings?limit=" + MAX_COUNTED,
                tenant.admin()).expect(false).json();
        return page.path("items").size();
    }

    private List<SyntheticPosture.Figures> posture(Tenant tenant) {
        JsonNode report = api.get("reporting", InventoryDemo.tenantPath(tenant) + "/posture", tenant.admin())
                .expect(false).json();
        List<SyntheticPosture.Figures> figures = new ArrayList<>();
        for (JsonNode f : report.path("frameworks")) {
            figures.add(new SyntheticPosture.Figures(f.path("framework").asText(), f.path("total").asInt(),
                    f.path("inherited").asInt(), f.path("passing").asInt(), f.path("failing").asInt(),
                    f.path("attested").asInt(), f.path("unattested").asInt(), f.path("notAssessed").asInt()));
        }
        return figures;
    }

    private boolean hasSnapshots(Tenant tenant) {
        try (Connection connection = connect();
                PreparedStatement query = connection
                        .prepareStatement("select exists (select 1 from posture_snapshot where tenant_id = ?)")) {
            query.setString(1, tenant.id());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void write(Tenant tenant, List<SyntheticPosture.Snapshot> history) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into posture_snapshot (tenant_id,"
                    + " day, framework, total, inherited, passing, failing, attested, unattested, not_assessed,"
                    + " score, taken_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (tenant_id, day, framework) do nothing")) {
                for (SyntheticPosture.Snapshot snapshot : history) {
                    SyntheticPosture.Figures f = snapshot.figures();
                    insert.setString(1, tenant.id());
                    insert.setDate(2, Date.valueOf(snapshot.day()));
                    insert.setString(3, f.framework());
                    insert.setInt(4, f.total());
                    insert.setInt(5, f.inherited());
                    insert.setInt(6, f.passing());
                    insert.setInt(7, f.failing());
                    insert.setInt(8, f.attested());
                    insert.setInt(9, f.unattested());
                    insert.setInt(10, f.notAssessed());
                    insert.setBigDecimal(11, f.score());
                    // As the nightly job would have: at the midnight (UTC) that began the day.
                    insert.setTimestamp(12, Timestamp.from(snapshot.day().atStartOfDay(ZoneOffset.UTC).toInstant()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private LauncherException failure(SQLException e) {
        return new LauncherException("Writing the synthetic demo posture history into " + jdbcUrl + " failed: "
                + e.getMessage(), e);
    }
}
