package io.demarc.reporting;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Latency of the finding list through REST for a tenant with 300,000 findings: the first page, a page 250,000
 * findings in (by cursor), the same with {@code ?status=FAIL}, and what skipping to that depth with OFFSET costs in
 * SQL alone, for comparison. Prints p50/p95/max and the deep page's query plan; asserts nothing about time. Run:
 * {@code ./mvnw -pl reporting-service -Pbench test -Dtest=FindingListBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = ReportingTestSupport.CHANNELS))
class FindingListBenchmark {

    private static final String TENANT = "listbench";
    private static final String LIST = "/api/v1/tenants/" + TENANT + "/findings";
    private static final int FINDINGS = 300_000;
    private static final int DEPTH = 250_000;
    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    @Inject
    EntityManager em;

    @Test
    void firstAndDeepPages() {
        seed();
        String token = TestTokens.analyst(TENANT);
        String deep = cursorAt(DEPTH, "");
        String deepFailing = cursorAt(DEPTH / 7, " and status = 'FAIL'");
        measure("GET /findings?limit=50 (first page)", LIST + "?limit=50", token);
        measure("GET /findings?limit=50&cursor= (250,000 in)", LIST + "?limit=50&cursor=" + deep, token);
        measure("GET /findings?status=FAIL&limit=50 (first page)", LIST + "?status=FAIL&limit=50", token);
        measure("GET /findings?status=FAIL&limit=50&cursor= (" + DEPTH / 7 + " failures in)",
                LIST + "?status=FAIL&limit=50&cursor=" + deepFailing, token);
        time("SQL alone: order by severity_rank, finding_id offset 250000 limit 51 (the offset way)",
                () -> em.createNativeQuery("select id from finding where tenant_id = '" + TENANT + "'"
                        + " order by severity_rank, finding_id offset " + DEPTH + " limit 51").getResultList());
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<String> plan = em.createNativeQuery("explain (analyze, costs off) select * from finding"
                    + " where tenant_id = '" + TENANT + "' and (severity_rank, finding_id) > (2, 'f-200000')"
                    + " order by severity_rank, finding_id limit 51").getResultList();
            plan.forEach(line -> System.out.println("FindingListBenchmark: plan: " + line));
        });
    }

    private void seed() {
        long start = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            em.createNativeQuery("insert into finding (tenant_id, finding_id, control_id, severity, status,"
                    + " account_id, resource_type, resource_id, evaluated_at, first_seen_at, status_changed_at,"
                    + " unowned, evidence)"
                    + " select '" + TENANT + "', 'f-' || g, 'control-' || (g % 90),"
                    + " (array['INFORMATIONAL','LOW','MEDIUM','HIGH','CRITICAL'])[1 + (g % 5)],"
                    + " case when g % 7 = 0 then 'FAIL' else 'PASS' end, (100000000000 + g % 10)::text,"
                    + " 'AWS::Bench::Type' || (g % 20), 'r-' || g, now(), now(), now(), true,"
                    + " jsonb_build_object('configuration', repeat('x', 400))"
                    + " from generate_series(1, " + FINDINGS + ") g").executeUpdate();
            em.createNativeQuery("analyze finding").executeUpdate();
        });
        System.out.printf("FindingListBenchmark: seeded %d findings in %.1f s%n", FINDINGS,
                (System.nanoTime() - start) / 1e9);
    }

    /** The cursor the API hands out after the {@code position}-th finding of the list. */
    private String cursorAt(int position, String filter) {
        Object[] key = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select severity_rank, finding_id from finding where tenant_id = '" + TENANT + "'" + filter
                        + " order by severity_rank, finding_id offset " + (position - 1) + " limit 1")
                .getSingleResult());
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((key[0] + "|" + key[1]).getBytes(StandardCharsets.UTF_8));
    }

    private static void measure(String label, String path, String token) {
        time(label, () -> given().auth().oauth2(token).get(path).then().statusCode(200));
    }

    /** Each call in its own transaction, as a request has. */
    private static void time(String label, Runnable call) {
        for (int i = 0; i < WARM_UP; i++) {
            QuarkusTransaction.requiringNew().run(call);
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            QuarkusTransaction.requiringNew().run(call);
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("FindingListBenchmark: %s: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d requests%n",
                label, micros[RUNS / 2] / 1000.0, micros[(int) (RUNS * 0.95) - 1] / 1000.0, micros[RUNS - 1] / 1000.0,
                RUNS);
    }
}
