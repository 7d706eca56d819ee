package io.demarc.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** A tenant's own control is evaluated beside the catalog's, for that tenant only, and applied at every change. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class CustomControlEvaluationTest {

    static final String ID = "custom-no-ssh";

    @Inject
    MessagingHarness harness;

    static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String path(String tenant) {
        return "/api/v1/tenants/" + tenant + "/custom-controls";
    }

    static void write(String tenant, String method, String path, Object body, int status) {
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON).body(body)
                .request(method, path).then().statusCode(status);
    }

    static List<FindingChanged> custom(List<FindingChanged> findings) {
        return findings.stream().filter(f -> f.controlId().equals(ID)).toList();
    }

    @Test
    void creatingAControlEvaluatesTheStoredResourcesOfItsTypes() {
        String tenant = newTenant();
        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.openSecurityGroup()));
        harness.settledFindings(tenant);

        write(tenant, "POST", path(tenant), CustomControls.noSsh(ID), 201);

        List<FindingChanged> custom = custom(harness.settledFindings(tenant));
        assertThat(custom).singleElement().satisfies(finding -> {
            assertThat(finding.status()).isEqualTo(FindingStatus.FAIL);
            assertThat(finding.previousStatus()).isNull();
            assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(finding.domain()).isEqualTo("network-configuration");
            assertThat(finding.references()).containsKey("soc2");
        });
    }

    @Test
    void aNewItemIsEvaluatedWithTheTenantsControlsAndNoOtherTenantsOnes() {
        String tenant = newTenant();
        String other = newTenant();
        write(tenant, "POST", path(tenant), CustomControls.noSsh(ID), 201);
        ConfigurationItem group = ResourceEvents.openSecurityGroup();

        harness.send(ResourceEvents.upserted(tenant, group));
        harness.send(ResourceEvents.upserted(other, group));

        assertThat(custom(harness.settledFindings(tenant))).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.FAIL));
        assertThat(harness.settledFindings(other)).isNotEmpty();
        assertThat(custom(harness.settledFindings(other))).isEmpty();
    }

    @Test
    void changingAControlReevaluatesItsFindings() {
        String tenant = newTenant();
        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.openSecurityGroup()));
        write(tenant, "POST", path(tenant), CustomControls.noSsh(ID), 201);
        harness.settledFindings(tenant);

        // Now only port 3389 is forbidden, which the group does not open: the finding passes.
        write(tenant, "PUT", path(tenant) + "/" + ID, CustomControls.control(null,
                "item.configuration.ipPermissions.all(p, !has(p.fromPort) || p.fromPort != 3389)"), 200);

        List<FindingChanged> custom = custom(harness.settledFindings(tenant));
        assertThat(custom).hasSize(2);
        assertThat(custom.get(1).status()).isEqualTo(FindingStatus.PASS);
        assertThat(custom.get(1).previousStatus()).isEqualTo(FindingStatus.FAIL);
        assertThat(custom.get(1).findingId()).isEqualTo(custom.get(0).findingId());
        assertThat(harness.of(tenant).count("select count(*) from status_flip where tenant_id = ?1 and finding_id = ?2",
                tenant,
                custom.get(0).findingId())).isEqualTo(2);
    }

    @Test
    void movingAControlToAnotherTypeClosesTheFindingsOfTheOldOne() {
        String tenant = newTenant();
        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.openSecurityGroup()));
        write(tenant, "POST", path(tenant), CustomControls.noSsh(ID), 201);
        harness.settledFindings(tenant);

        write(tenant, "PUT", path(tenant) + "/" + ID, CustomControls.with(CustomControls.noSsh(null),
                "resourceTypes", List.of("AWS::S3::Bucket")), 200);

        List<FindingChanged> custom = custom(harness.settledFindings(tenant));
        assertThat(custom).hasSize(2);
        assertThat(custom.get(1).status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
    }

    @Test
    void deletingAControlClosesItsFindingsAndForgetsThem() {
        String tenant = newTenant();
        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.openSecurityGroup()));
        write(tenant, "POST", path(tenant), CustomControls.noSsh(ID), 201);
        harness.settledFindings(tenant);

        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).delete(path(tenant) + "/" + ID).then().statusCode(204);

        List<FindingChanged> custom = custom(harness.settledFindings(tenant));
        assertThat(custom).hasSize(2);
        assertThat(custom.get(1).status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
        assertThat(custom.get(1).previousStatus()).isEqualTo(FindingStatus.FAIL);
        assertThat(harness.of(tenant).count("select count(*) from evaluation where tenant_id = ?1 and control_id = ?2",
                tenant,
                ID)).isZero();

        // A later item of the type no longer meets the deleted control.
        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.fixed(ResourceEvents.openSecurityGroup())));
        assertThat(custom(harness.settledFindings(tenant))).hasSize(2);
    }
}
