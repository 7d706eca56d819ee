package io.demarc.reporting.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.demarc.catalog.frameworks.FrameworkCatalog;
import io.demarc.catalog.frameworks.Requirement;
import io.demarc.reporting.SchemaOwner;
import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A signed evidence package for a tenant with 100,000 resources judged by 60 controls (two findings per resource,
 * 200,000 findings with evidence), timed from the request to SUCCEEDED through the API. Prints the figure; run with
 * {@code ./mvnw -o -pl reporting-service -Pbench test -Dtest=EvidencePackageBenchmark}.
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(SigningKeyProfile.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = "findings,resources,accounts,ownership"))
class EvidencePackageBenchmark {

    private static final String TENANT = "bench-co";
    private static final String FRAMEWORK = "nist-800-53-r5";
    private static final int RESOURCES = 100_000;
    private static final int CONTROLS = 60;

    @Inject
    EntityManager em;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    ReadModelSeed seed;

    @Test
    void buildsAPackageFor100kResources() {
        List<String> controls = controls();
        assertThat(controls).hasSize(CONTROLS);
        long seeding = System.nanoTime();
        TenantScope.run(TENANT,
                () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into finding (tenant_id,"
                        + " finding_id, control_id, control_title, severity, status, account_id, aws_region, resource_type,"
                        + " resource_id, arn, evaluated_at, item_capture_time, item_hash, evidence, remediation, first_seen_at,"
                        + " status_changed_at, domain, owner_team_id, owner_name, unowned, framework_refs)"
                        + " select ?1, 'f-' || r || '-' || k, (?2)[1 + (r * 2 + k) % ?3], 'A control title', "
                        + " (array['LOW','MEDIUM','HIGH','CRITICAL'])[1 + r % 4], case when r % 3 = 0 then 'FAIL' else 'PASS'"
                        + " end, lpad((100000000000 + r % 20)::text, 12, '0'), 'eu-west-1', 'AWS::EC2::SecurityGroup',"
                        + " 'sg-' || r, 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-' || r, now(), now(),"
                        + " 'sha256:' || md5(r::text), jsonb_build_object('groupId', 'sg-' || r, 'ipPermissions',"
                        + " jsonb_build_array(jsonb_build_object('fromPort', 22, 'toPort', 22, 'ipProtocol', 'tcp',"
                        + " 'cidrIp', '10.' || (r % 250) || '.0.0/16'))), 'Restrict the rule to known addresses.',"
                        + " now() - interval '30 days', now(), 'network-configuration', 'team-net', 'Network team', false,"
                        + " jsonb_build_object(?4, jsonb_build_array('ac_17_b'))"
                        + " from generate_series(1, ?5) r, generate_series(0, 1) k")
                        .setParameter(1, TENANT).setParameter(2, controls.toArray(String[]::new))
                        .setParameter(3, CONTROLS)
                        .setParameter(4, FRAMEWORK).setParameter(5, RESOURCES).executeUpdate()));
        seed.recount(TENANT);
        // As autovacuum would after a load this size; without statistics the planner guesses.
        SchemaOwner.analyze("finding");
        seed.matrixRow(TENANT, "AWS::EC2::SecurityGroup", "network-configuration", "team-net");
        System.out.printf("BENCHMARK seeded %,d findings in %.1f s%n", 2 * RESOURCES,
                (System.nanoTime() - seeding) / 1e9);

        long start = System.nanoTime();
        String location = given().auth().oauth2(TestTokens.auditor(TENANT)).contentType("application/json")
                .body("{\"framework\":\"" + FRAMEWORK + "\",\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}")
                .post("/api/v1/tenants/" + TENANT + "/evidence-packages").then().statusCode(202).extract()
                .header("Location");
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> "SUCCEEDED".equals(
                given().auth().oauth2(TestTokens.auditor(TENANT)).get(location).path("status")));
        double seconds = (System.nanoTime() - start) / 1e9;
        Number size = given().auth().oauth2(TestTokens.auditor(TENANT)).get(location).path("sizeBytes");
        System.out.printf("BENCHMARK evidence package: %,d resources, %d controls, %,d findings -> %.1f s,"
                + " ZIP %.1f MB (signed)%n", RESOURCES, CONTROLS, 2 * RESOURCES, seconds, size.longValue() / 1e6);
    }

    /** 60 catalog controls citing the framework, in catalog order; the benchmark spreads findings over them. */
    private List<String> controls() {
        Set<String> ids = new LinkedHashSet<>();
        for (Requirement requirement : catalog.find(FRAMEWORK).orElseThrow().requirements()) {
            ids.addAll(requirement.controlIds());
        }
        List<String> all = new ArrayList<>(ids);
        while (all.size() < CONTROLS) {
            all.add("bench-custom-" + all.size());
        }
        return all.subList(0, CONTROLS);
    }
}
