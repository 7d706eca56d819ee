package io.demarc.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** AWS Config events delivered by an EventBridge API destination, authenticated by the account's secret. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class EventBridgeWebhookTest {

    static final String HEADER = "X-Demarc-Webhook-Secret";

    @OidcWireMock
    WireMockServer keycloak;

    @Inject
    InventoryProbe probe;

    String tenant;
    String account;

    @BeforeEach
    void aTenantWithAnAccount() {
        Tenancy.stubKeycloak(keycloak);
        tenant = Tenancy.newTenant();
        account = Tenancy.newAccountId();
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(Tenancy.accountJson(account, "Prod")).post("/api/v1/tenants/{t}/accounts", tenant).then()
                .statusCode(201);
    }

    @Test
    void anEventWithTheAccountsSecretIsStored() {
        String secret = issue();

        push(account, secret, event(account, "2016-06-10T00:00:00Z")).statusCode(200)
                .body("stored", equalTo(1)).body("messageType", equalTo("ConfigurationItemChangeNotification"));

        assertThat(probe.resourceCount(tenant)).isEqualTo(1);
        assertThat(probe.publishedEvents(tenant)).singleElement()
                .satisfies(e -> assertThat(e.data().item().accountId()).isEqualTo(account));
    }

    @Test
    void aMissingWrongOrRotatedSecretIsRefusedAndNothingStored() {
        String first = issue();
        String second = issue();
        assertThat(second).isNotEqualTo(first);

        push(account, null, event(account, "2016-06-10T00:00:00Z")).statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("missing or wrong"));
        push(account, "not-the-secret", event(account, "2016-06-10T00:00:00Z")).statusCode(403);
        push(account, first, event(account, "2016-06-10T00:00:00Z")).statusCode(403);
        String otherTenant = Tenancy.newTenant();
        given().contentType(ContentType.JSON).header(HEADER, second).body(ConfigItems.json(event(account,
                "2016-06-10T00:00:00Z"))).post("/api/v1/webhooks/eventbridge/{t}/{a}", otherTenant, account).then()
                .statusCode(403);

        assertThat(probe.resourceCount(tenant)).isZero();
        assertThat(probe.resourceCount(otherTenant)).isZero();
    }

    @Test
    void onlyTheSecretsOwnAccountMayBePushed() {
        String secret = issue();
        String sibling = Tenancy.newAccountId();
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(Tenancy.accountJson(sibling, "Dev")).post("/api/v1/tenants/{t}/accounts", tenant).then()
                .statusCode(201);

        push(account, secret, event(sibling, "2016-06-10T00:00:00Z")).statusCode(403)
                .contentType("application/problem+json").body("detail", containsString(sibling));

        assertThat(probe.resourceCount(tenant)).isZero();
    }

    @Test
    void anOversizedItemIsRecordedToBeFetched() {
        String secret = issue();
        String body = "{\"detail-type\":\"Config Configuration Item Change\",\"source\":\"aws.config\",\"detail\":{"
                + "\"messageType\":\"OversizedConfigurationItemChangeNotification\",\"configurationItemSummary\":{"
                + "\"configurationItemCaptureTime\":\"2016-06-10T00:00:00Z\",\"awsAccountId\":\"" + account + "\","
                + "\"resourceType\":\"AWS::EC2::SECURITYGROUP\",\"resourceId\":\"sg-big\",\"awsRegion\":\"us-east-1\"}}}";
        given().contentType(ContentType.JSON).header(HEADER, secret).body(body)
                .post("/api/v1/webhooks/eventbridge/{t}/{a}", tenant, account).then().statusCode(200)
                .body("pendingFetches", equalTo(1));

        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/pending-fetches", tenant).then()
                .statusCode(200).body("items[0].resourceType", equalTo("AWS::EC2::SecurityGroup"))
                .body("items[0].source", equalTo("EVENTBRIDGE"));
    }

    @Test
    void onlyAdministratorsOfTheTenantIssueSecrets() {
        String path = "/api/v1/tenants/" + tenant + "/accounts/" + account + "/webhook-secret";
        given().post(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.analyst(tenant)).post(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.tenantAdmin("globex")).post(path).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.tenantAdmin(tenant))
                .post("/api/v1/tenants/{t}/accounts/{a}/webhook-secret", tenant, Tenancy.newAccountId()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void neitherWebhookSecretsNorTheExternalIdAreEverLogged() {
        try (LogCapture logs = LogCapture.open()) {
            String secret = issue();
            push(account, secret, event(account, "2016-06-10T00:00:00Z")).statusCode(200);
            push(account, secret + "x", event(account, "2016-06-11T00:00:00Z")).statusCode(403);
            String externalId = given().auth().oauth2(TestTokens.tenantAdmin(tenant))
                    .get("/api/v1/tenants/{t}/onboarding", tenant).then().statusCode(200).extract().path("externalId");

            assertThat(logs.records()).as("the capture sees the application's logs").isPositive();
            assertThat(logs.text()).contains(tenant).doesNotContain(secret).doesNotContain(externalId);
        }
    }

    private String issue() {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant))
                .post("/api/v1/tenants/{t}/accounts/{a}/webhook-secret", tenant, account).then().statusCode(201)
                .header("Cache-Control", "no-store").body("header", equalTo(HEADER))
                .body("endpoint", equalTo("/api/v1/webhooks/eventbridge/" + tenant + "/" + account))
                .body("secret", matchesPattern("[A-Za-z0-9_-]{43}")).extract().path("secret");
    }

    private ValidatableResponse push(String pathAccount, String secret, ObjectNode event) {
        var request = given().contentType(ContentType.JSON).body(ConfigItems.json(event));
        if (secret != null) {
            request.header(HEADER, secret);
        }
        return request.post("/api/v1/webhooks/eventbridge/{t}/{a}", tenant, pathAccount).then();
    }

    /** The event EventBridge forwards for an AWS Config item change. */
    private static ObjectNode event(String accountId, String captureTime) {
        ObjectNode item = ConfigItems.securityGroupAt(captureTime, "via EventBridge").put("accountId", accountId);
        ObjectNode detail = ConfigItems.snapshot().removeAll().put("messageType", "ConfigurationItemChangeNotification")
                .put("recordVersion", "1.3");
        detail.set("configurationItem", item);
        ObjectNode event = ConfigItems.snapshot().removeAll().put("version", "0").put("detail-type",
                "Config Configuration Item Change").put("source", "aws.config").put("account", accountId)
                .put("region", "us-east-1");
        event.set("resources", ConfigItems.array());
        event.set("detail", detail);
        return event;
    }

}
