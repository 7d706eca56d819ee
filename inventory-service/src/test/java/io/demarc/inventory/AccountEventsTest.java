package io.demarc.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.demarc.contracts.AccountChanged;
import io.demarc.contracts.AccountChanged.Change;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.Topics;
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
import io.restassured.specification.RequestSpecification;

/** Every change of an AWS account is announced on demarc.inventory.accounts.v1 through the outbox. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class AccountEventsTest {

    @OidcWireMock
    WireMockServer keycloak;

    @Inject
    InventoryProbe probe;

    @Inject
    AccountService accounts;

    String tenant;
    String accountId;

    @BeforeEach
    void aTenant() {
        Tenancy.stubKeycloak(keycloak);
        tenant = Tenancy.newTenant();
        accountId = Tenancy.newAccountId();
    }

    @Test
    void registerUpdateStatusAndRemoveAreAnnouncedInOrderOnTheAccountsTopic() {
        admin().contentType(ContentType.JSON).body(Tenancy.accountJson(accountId, "Production"))
                .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(201);
        admin().contentType(ContentType.JSON).body("{\"name\":\"Prod EU\"}")
                .patch("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(200);
        TenantScope.run(tenant,
                () -> accounts.recordAssumeRole(tenant, accountId, AssumeRoleOutcome.failure("AccessDenied: no trust",
                        Instant.parse("2026-01-02T03:04:05Z"))));
        admin().delete("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(204);

        List<CloudEvent<AccountChanged>> events = probe.publishedAccountEvents(tenant);
        assertThat(events).extracting(event -> event.data().change()).containsExactly(Change.REGISTERED,
                Change.UPDATED, Change.STATUS_CHANGED, Change.REMOVED);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.tenantid()).isEqualTo(tenant);
            assertThat(event.type()).isEqualTo(AccountChanged.TYPE);
            assertThat(event.subject()).isEqualTo(tenant + "/" + accountId);
            assertThat(event.data().accountId()).isEqualTo(accountId);
        });
        assertThat(events.get(0).data().name()).isEqualTo("Production");
        assertThat(events.get(0).data().status()).isEqualTo("PENDING");
        assertThat(events.get(0).data().regions()).containsExactly("us-east-1", "eu-central-1");
        assertThat(events.get(1).data().name()).isEqualTo("Prod EU");
        assertThat(events.get(2).data().status()).isEqualTo("FAILING");
        assertThat(events.get(2).data().statusReason()).isEqualTo("AccessDenied: no trust");

        List<Message<String>> messages = probe.publishedMessages(tenant).stream()
                .filter(message -> AccountChanged.TYPE.equals(EventCodec.typeOf(message.getPayload()))).toList();
        assertThat(messages).extracting(InventoryProbe::topicOf).containsOnly(Topics.INVENTORY_ACCOUNTS);
    }

    @Test
    void anUpdateOrOutcomeThatChangesNothingAnnouncesNothing() {
        admin().contentType(ContentType.JSON).body(Tenancy.accountJson(accountId, "Production"))
                .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(201);
        admin().contentType(ContentType.JSON).body(Tenancy.accountJson(accountId, "Production"))
                .put("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(200);
        Instant at = Instant.parse("2026-01-02T03:04:05Z");
        TenantScope.run(tenant, () -> accounts.recordAssumeRole(tenant, accountId, AssumeRoleOutcome.success(at)));
        TenantScope.run(tenant,
                () -> accounts.recordAssumeRole(tenant, accountId, AssumeRoleOutcome.success(at.plusSeconds(60))));

        assertThat(probe.publishedAccountEvents(tenant)).extracting(event -> event.data().change())
                .containsExactly(Change.REGISTERED, Change.STATUS_CHANGED);
    }

    @Test
    void aRefusedChangeAnnouncesNothing() {
        admin().contentType(ContentType.JSON).body(Tenancy.accountJson("12345", "Bad"))
                .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(400);
        given().auth().oauth2(TestTokens.analyst(tenant)).contentType(ContentType.JSON)
                .body(Tenancy.accountJson(accountId, "Production")).post("/api/v1/tenants/{t}/accounts", tenant)
                .then().statusCode(403);

        assertThat(probe.publishedAccountEvents(tenant)).isEmpty();
    }

    private RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant));
    }
}
