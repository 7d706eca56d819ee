package io.demarc.reporting;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.controls.Frameworks;
import io.demarc.reporting.repository.ControlTallyRepository;
import io.demarc.reporting.repository.ResourceTallyRepository;
import io.demarc.reporting.service.MatrixQueries;
import io.demarc.reporting.service.PostureService;
import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Posture and matrix latency through the REST endpoints for a tenant with 100,000 resources in 10 accounts, 20
 * matrix types and the catalog's controls (3 findings per resource, 300,000 findings). The rows are generated in
 * SQL and the counters rebuilt with the same recount the tests prove equal to the incremental counters. Prints
 * p50/p95/max through REST Assured (client, token check and JSON included) and of the service methods alone;
 * asserts nothing about time. Run: {@code ./mvnw -pl reporting-service -Pbench test}.
 */
@QuarkusTest
@Tag("benchmark")
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = ReportingTestSupport.CHANNELS))
class PostureBenchmark {

    private static final String TENANT = "bench";
    private static final int RESOURCES = 100_000;
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;
    private static boolean seeded;

    @Inject
    EntityManager em;

    @Inject
    ControlLibrary library;

    @Inject
    ControlTallyRepository controlTallies;

    @Inject
    PostureService posture;

    @Inject
    MatrixQueries matrix;

    @Inject
    ResourceTallyRepository resourceTallies;

    @BeforeAll
    static void banner() {
        System.out.println("PostureBenchmark: seeding " + RESOURCES + " resources");
    }

    @Test
    void postureAndMatrixLatency() {
        seed();
        String token = TestTokens.analyst(TENANT);
        measure("GET /posture (tenant, 8 frameworks)", "/api/v1/tenants/bench/posture", token);
        measure("GET /posture?accountId= (one account)", "/api/v1/tenants/bench/posture?accountId=100000000003", token);
        measure("GET /matrix (20 types x 20 domains)", "/api/v1/tenants/bench/matrix", token);
        consolePageCalls();
        time("PostureService.posture (tenant)", () -> posture.posture(TENANT, null));
        time("PostureService.posture (one account)", () -> posture.posture(TENANT, "100000000003"));
        time("MatrixQueries.matrix", () -> matrix.matrix(TENANT));
    }

    /**
     * Every reporting call a console page makes, with the parameters the console sends (the console's reporting REST
     * clients: home, findings, inventory resource, matrix cell, work queues, frameworks, reports, overview).
     */
    private void consolePageCalls() {
        String base = "/api/v1/tenants/bench";
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = to.minusDays(89);
        measure("console: GET /findings?limit=50 (findings, first page)", base + "/findings?limit=50", analyst());
        measure("console: GET /findings?status=FAIL&limit=50", base + "/findings?status=FAIL&limit=50", analyst());
        measure("console: GET /findings?severity=CRITICAL&limit=50", base + "/findings?severity=CRITICAL&limit=50",
                analyst());
        measure("console: GET /findings?severity=LOW&limit=50", base + "/findings?severity=LOW&limit=50", analyst());
        measure("console: GET /findings?status=FAIL&severity=HIGH&limit=50",
                base + "/findings?status=FAIL&severity=HIGH&limit=50", analyst());
        measure("console: GET /findings?ownerTeamId=team-1&limit=50", base + "/findings?ownerTeamId=team-1&limit=50",
                analyst());
        measure("console: GET /findings?ownerTeamId=unowned&status=FAIL&limit=50",
                base + "/findings?ownerTeamId=unowned&status=FAIL&limit=50", analyst());
        measure("console: GET /findings?framework=" + framework + "&limit=50",
                base + "/findings?framework=" + framework + "&limit=50", analyst());
        measure("console: GET /findings?framework=" + framework + "&requirement=" + requirement + "&limit=50",
                base + "/findings?framework=" + framework + "&requirement=" + requirement + "&limit=50", analyst());
        measure("console: GET /findings?framework=&requirement=&status=FAIL&limit=50",
                base + "/findings?framework=" + framework + "&requirement=" + requirement + "&status=FAIL&limit=50",
                analyst());
        measure("console: GET /findings?accountId=&limit=50 (one account)",
                base + "/findings?accountId=100000000003&limit=50", analyst());
        measure("console: GET /findings?accountId&resourceType&resourceId&limit=200 (resource page)",
                base + "/findings?accountId=100000000007&resourceType=AWS::Bench::Type7&resourceId=r-4567&limit=200",
                analyst());
        measure("console: GET /findings?resourceType=&status=FAIL&limit=20 (matrix cell)",
                base + "/findings?resourceType=AWS::Bench::Type7&status=FAIL&limit=20", analyst());
        measure("console: GET /findings/{id} (finding page)", base + "/findings/f-7-0", analyst());
        measure("console: GET /work-queues (summary)", base + "/work-queues", analyst());
        measure("console: GET /work-queues/team-1?limit=50", base + "/work-queues/team-1?limit=50", analyst());
        measure("console: GET /work-queues/unowned?limit=50", base + "/work-queues/unowned?limit=50", analyst());
        measure("console: GET /trends (90 days)", base + "/trends?from=" + from + "&to=" + to, analyst());
        measure("console: GET /inventory (summary)", base + "/inventory", analyst());
        measure("console: GET /posture/" + framework + "/requirements?limit=100",
                base + "/posture/" + framework + "/requirements?limit=100", analyst());
        measure("console: GET /rollup?limit=50 (platform admin)", "/api/v1/rollup?limit=50",
                TestTokens.platformAdmin());
    }

    /** A token per endpoint: the run outlasts one token's lifetime. */
    private static String analyst() {
        return TestTokens.analyst(TENANT);
    }

    private static String framework;
    private static String requirement;

    private void seed() {
        if (seeded) {
            return;
        }
        List<Control> catalog = library.controls();
        List<String> controls = catalog.stream().map(Control::id).toList();
        String controlArray = "array['" + String.join("','", controls) + "']";
        // The requirement filter reads framework_refs ({"cis-aws-3.0": ["5.2"], ...}), as the projector writes it.
        String refsArray = "array['" + String.join("','", catalog.stream().map(PostureBenchmark::refs).toList())
                + "']";
        Control cited = catalog.stream().filter(c -> c.references().containsKey(Frameworks.CIS_AWS_3_0)
                && !c.references().get(Frameworks.CIS_AWS_3_0).isEmpty()).findFirst().orElseThrow();
        framework = Frameworks.CIS_AWS_3_0;
        requirement = cited.references().get(framework).get(0);
        long start = System.nanoTime();
        TenantScope.run(TENANT, () -> QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            em.createNativeQuery("insert into resource (tenant_id, account_id, aws_region, resource_type, resource_id,"
                    + " capture_time, state_id, deleted) select 'bench', (100000000000 + g % 10)::text, 'eu-west-1',"
                    + " 'AWS::Bench::Type' || (g % 20), 'r-' || g, now(), '1', false"
                    + " from generate_series(1, " + RESOURCES + ") g").executeUpdate();
            em.createNativeQuery("insert into finding (tenant_id, finding_id, control_id, severity, status,"
                    + " account_id, resource_type, resource_id, evaluated_at, first_seen_at, status_changed_at,"
                    + " unowned, owner_team_id, failing_since, owner_name, domain, framework_refs, remediation,"
                    + " evidence, aws_region, control_title)"
                    + " select 'bench', 'f-' || g || '-' || k, c.ids[1 + ((g * 3 + k) % " + controls.size() + ")],"
                    + " (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + (g % 4)],"
                    + " case when (g + k) % 7 = 0 then 'FAIL' else 'PASS' end,"
                    + " (100000000000 + g % 10)::text, 'AWS::Bench::Type' || (g % 20), 'r-' || g, now(), now(), now(),"
                    + " g % 5 = 0, case when g % 5 = 0 then null else 'team-' || (g % 4) end,"
                    + " case when (g + k) % 7 = 0 then now() - ((g % 90) || ' days')::interval end,"
                    + " case when g % 5 = 0 then null else 'Team ' || (g % 4) end, 'domain-' || (1 + g % 20),"
                    + " cast(c.refs[1 + ((g * 3 + k) % " + controls.size() + ")] as jsonb),"
                    + " 'Restrict the rule to known addresses.', cast('{\"checked\":\"ipPermissions\",\"found\":"
                    + "[\"0.0.0.0/0\"]}' as jsonb), 'eu-west-1', 'Bench control ' || ((g * 3 + k) % "
                    + controls.size() + ")"
                    + " from generate_series(1, " + RESOURCES + ") g, generate_series(0, 2) k,"
                    + " (select " + controlArray + " as ids, " + refsArray + " as refs) c").executeUpdate();
            // Trends: 90 days of transitions (about 500 a day) and of posture snapshots for the 8 frameworks.
            em.createNativeQuery("insert into finding_transition (tenant_id, finding_id, kind, remediated,"
                    + " occurred_at, failing_since) select 'bench', 'f-' || g || '-0',"
                    + " case when g % 2 = 0 then 'OPENED' else 'CLOSED' end, g % 4 = 1,"
                    + " now() - ((g % 90) || ' days')::interval, now() - ((g % 90 + 3) || ' days')::interval"
                    + " from generate_series(1, 45000) g").executeUpdate();
            for (String key : Frameworks.ALL) {
                em.createNativeQuery("insert into posture_snapshot (tenant_id, day, framework, total, inherited,"
                        + " passing, failing, attested, unattested, not_assessed, score, taken_at)"
                        + " select 'bench', current_date - d, '" + key + "', 100, 10, 60, 20, 5, 3, 2,"
                        + " 60 + (d % 20), now() from generate_series(0, 90) d").executeUpdate();
            }
            // Rollup and overview: the tenant, its accounts and their last data.
            em.createNativeQuery("insert into tenant (tenant_id, first_seen) values ('bench', now())"
                    + " on conflict do nothing").executeUpdate();
            em.createNativeQuery("insert into account (tenant_id, account_id, name, environment, status, removed,"
                    + " changed_at) select 'bench', (100000000000 + a)::text, 'Account ' || a, 'prod', 'ACTIVE',"
                    + " false, now() from generate_series(0, 9) a").executeUpdate();
            em.createNativeQuery("insert into account_activity (tenant_id, account_id, last_data_at)"
                    + " select 'bench', (100000000000 + a)::text, now() from generate_series(0, 9) a"
                    + " on conflict do nothing").executeUpdate();
            for (int type = 0; type < 20; type++) {
                em.createNativeQuery("insert into matrix_type (tenant_id, resource_type, service_model)"
                        + " values ('bench', 'AWS::Bench::Type" + type + "', 'IAAS')").executeUpdate();
                em.createNativeQuery("insert into matrix_cell (tenant_id, resource_type, domain, side, control_class,"
                        + " owner_team_id, owner_name, unowned) select 'bench', 'AWS::Bench::Type" + type + "',"
                        + " 'domain-' || d, case when d % 3 = 0 then 'AWS' else 'CUSTOMER' end, 'CUSTOMER_SPECIFIC',"
                        + " case when d % 4 = 0 then null else 'team-' || (d % 4) end, 'Team', d % 4 = 0"
                        + " from generate_series(1, 20) d").executeUpdate();
            }
            controlTallies.recount(TENANT);
            resourceTallies.recount(TENANT);
        }));
        // Statistics, as autovacuum would gather after a load this size.
        SchemaOwner.analyze();
        System.out.printf("PostureBenchmark: seeded in %.1f s (%d controls)%n", (System.nanoTime() - start) / 1e9,
                controls.size());
        seeded = true;
    }

    private static String refs(Control control) {
        try {
            return new ObjectMapper().writeValueAsString(control.references())
                    .replace("'", "''");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void measure(String label, String path, String token) {
        time(label, () -> given().auth().oauth2(token).get(path).then().statusCode(200));
    }

    /** Each call in its own transaction and in the benchmark tenant's scope, as a request has. */
    private static void time(String label, Runnable call) {
        for (int i = 0; i < WARM_UP; i++) {
            TenantScope.run(TENANT, () -> QuarkusTransaction.requiringNew().run(call));
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            TenantScope.run(TENANT, () -> QuarkusTransaction.requiringNew().run(call));
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("PostureBenchmark: %s: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d requests%n", label,
                micros[RUNS / 2] / 1000.0, micros[(int) (RUNS * 0.95) - 1] / 1000.0, micros[RUNS - 1] / 1000.0,
                RUNS);
    }
}
