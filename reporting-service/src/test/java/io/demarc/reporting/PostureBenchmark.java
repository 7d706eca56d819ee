package io.demarc.reporting;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
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
        time("PostureService.posture (tenant)", () -> posture.posture(TENANT, null));
        time("PostureService.posture (one account)", () -> posture.posture(TENANT, "100000000003"));
        time("MatrixQueries.matrix", () -> matrix.matrix(TENANT));
    }

    private void seed() {
        if (seeded) {
            return;
        }
        List<String> controls = library.controls().stream().map(Control::id).toList();
        String controlArray = "array['" + String.join("','", controls) + "']";
        long start = System.nanoTime();
        TenantScope.run(TENANT, () -> QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            em.createNativeQuery("insert into resource (tenant_id, account_id, aws_region, resource_type, resource_id,"
                    + " capture_time, state_id, deleted) select 'bench', (100000000000 + g % 10)::text, 'eu-west-1',"
                    + " 'AWS::Bench::Type' || (g % 20), 'r-' || g, now(), '1', false"
                    + " from generate_series(1, " + RESOURCES + ") g").executeUpdate();
            em.createNativeQuery("insert into finding (tenant_id, finding_id, control_id, severity, status,"
                    + " account_id, resource_type, resource_id, evaluated_at, first_seen_at, status_changed_at,"
                    + " unowned, owner_team_id, failing_since)"
                    + " select 'bench', 'f-' || g || '-' || k, c.ids[1 + ((g * 3 + k) % " + controls.size() + ")],"
                    + " (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + (g % 4)],"
                    + " case when (g + k) % 7 = 0 then 'FAIL' else 'PASS' end,"
                    + " (100000000000 + g % 10)::text, 'AWS::Bench::Type' || (g % 20), 'r-' || g, now(), now(), now(),"
                    + " g % 5 = 0, case when g % 5 = 0 then null else 'team-' || (g % 4) end,"
                    + " case when (g + k) % 7 = 0 then now() end"
                    + " from generate_series(1, " + RESOURCES + ") g, generate_series(0, 2) k,"
                    + " (select " + controlArray + " as ids) c").executeUpdate();
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
