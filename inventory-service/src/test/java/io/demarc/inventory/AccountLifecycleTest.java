package io.demarc.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ResourceChanged;
import io.demarc.inventory.service.AccountService;
import io.demarc.inventory.service.AssumeRoleOutcome;
import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * An account's life after registration: its role status, and its removal, which marks its resources deleted and
 * announces each as DELETED through the outbox. Keycloak's admin API is a WireMock stand-in.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class AccountLifecycleTest {

    @OidcWireMock
    WireMockServer keycloak;

    @Inject
    InventoryProbe probe;

    @Inject
    AccountService accounts;

    String tenant;
    String accountId;

    @BeforeEach
    void aTenantWithAnAccount() {
        Tenancy.stubKeycloak(keycloak);
        tenant = Tenancy.newTenant();
        accountId = Tenancy.newAccountId();
        admin().contentType(ContentType.JSON).body(Tenancy.accountJson(accountId, "Production"))
                .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(201);
    }

    @Test
    void removalMarksTheAccountsResourcesDeletedAndAnnouncesEach() {
        String otherAccount = Tenancy.newAccountId();
        ObjectNode group = inAccount(ConfigItems.securityGroup(), accountId);
        ObjectNode vpc = inAccount(ConfigItems.item(ConfigItems.RDK + "AWS_EC2_VPC.json"), accountId);
        ObjectNode elsewhere = inAccount(ConfigItems.item(ConfigItems.RDK + "AWS_EC2_Subnet.json"), otherAccount);
        admin().contentType(ContentType.JSON).body(ConfigItems.json(ConfigItems.array(group, vpc, elsewhere)))
                .post("/api/v1/tenants/{t}/imports", tenant).then().statusCode(200).body("stored", equalTo(3));

        admin().delete("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(204);

        admin().get("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(404);
        assertThat(probe.resourceCount(tenant)).as("history kept: rows stay").isEqualTo(3);
        JsonPath listing = admin().get("/api/v1/tenants/{t}/resources", tenant).then().statusCode(200).extract()
                .jsonPath();
        Map<String, Boolean> deletedByAccount = listing.<Map<String, Object>>getList("items").stream()
                .collect(Collectors.toMap(item -> item.get("resourceType") + "@" + item.get("accountId"),
                        item -> (Boolean) item.get("deleted")));
        assertThat(deletedByAccount).containsEntry("AWS::EC2::SecurityGroup@" + accountId, true)
                .containsEntry("AWS::EC2::VPC@" + accountId, true)
                .containsEntry("AWS::EC2::Subnet@" + otherAccount, false);
        long groupId = listing.getLong("items.find { it.resourceType == 'AWS::EC2::SecurityGroup' }.id");
        admin().get("/api/v1/tenants/{t}/resources/{id}", tenant, groupId).then().statusCode(200)
                .body("configurationItemStatus", equalTo("ResourceDeleted"))
                .body("item.configuration.groupName", equalTo("launch-wizard-7"));

        List<CloudEvent<ResourceChanged>> events = probe.publishedEvents(tenant);
        assertThat(events).hasSize(5);
        assertThat(events.subList(3, 5)).allSatisfy(event -> {
            assertThat(event.data().change()).isEqualTo(ResourceChanged.Change.DELETED);
            assertThat(event.data().item().accountId()).isEqualTo(accountId);
            assertThat(event.subject()).startsWith(tenant + "/" + accountId + "/");
        });
        assertThat(events.subList(3, 5)).extracting(event -> event.data().item().resourceType())
                .containsExactlyInAnyOrder("AWS::EC2::SecurityGroup", "AWS::EC2::VPC");
    }

    @Test
    void aRemovedAccountCanBeRegisteredAgainAndAnEmptyOneIsRemovedQuietly() {
        admin().delete("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(204);
        admin().delete("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(probe.publishedEvents(tenant)).isEmpty();

        admin().contentType(ContentType.JSON).body(Tenancy.accountJson(accountId, "Back"))
                .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(201).body("status", equalTo("PENDING"));
    }

    @Test
    void aPlatformAdminRemovesAnAccountOfASuspendedTenant() {
        given().auth().oauth2(TestTokens.platformAdmin()).post("/api/v1/tenants/{t}/suspend", tenant).then()
                .statusCode(200);

        given().auth().oauth2(TestTokens.platformAdmin())
                .delete("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(204);
    }

    @Test
    void theRoleStatusFollowsAssumeRoleOutcomes() {
        Instant failedAt = Instant.parse("2026-01-02T03:04:05Z");
        TenantScope.run(tenant, () -> accounts.recordAssumeRole(tenant, accountId, AssumeRoleOutcome.failure(
                "AccessDenied: User is not authorized to perform: sts:AssumeRole", failedAt)));
        reader().get("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(200)
                .body("status", equalTo("FAILING"))
                .body("statusReason", equalTo("AccessDenied: User is not authorized to perform: sts:AssumeRole"))
                .body("statusChangedAt", equalTo("2026-01-02T03:04:05Z")).body("lastVerifiedAt", nullValue());

        Instant verifiedAt = Instant.parse("2026-01-02T04:00:00Z");
        TenantScope.run(tenant,
                () -> accounts.recordAssumeRole(tenant, accountId, AssumeRoleOutcome.success(verifiedAt)));
        TenantScope.run(tenant, () -> accounts.recordAssumeRole(tenant, accountId,
                AssumeRoleOutcome.success(verifiedAt.plusSeconds(60))));
        reader().get("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("statusReason", nullValue())
                .body("statusChangedAt", equalTo("2026-01-02T04:00:00Z"))
                .body("lastVerifiedAt", equalTo("2026-01-02T04:01:00Z"));
    }

    private static ObjectNode inAccount(ObjectNode item, String accountId) {
        return item.put("accountId", accountId);
    }

    private RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant));
    }

    private RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.analyst(tenant));
    }
}
