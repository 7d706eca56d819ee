package io.demarc.inventory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * AWS Config notifications pushed by SNS. SNS is played by the test: it signs with its own key ({@link SnsTestSigner})
 * and the WireMock server stands in for SNS's certificate and SubscribeURL hosts, trusted through the test-only prefix.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class SnsWebhookTest {

    static final String CERT_PATH = "/auth/sns/test-signing-cert.pem";
    static SnsTestSigner signer;

    @OidcWireMock
    WireMockServer keycloak;

    @Inject
    InventoryProbe probe;

    String tenant;
    /** Registered in the tenant; it owns the topic, and the items are moved into it. */
    String account;
    String topicArn;
    String certUrl;

    @BeforeAll
    static void aSigningKeyOfTheTestsOwn() {
        signer = SnsTestSigner.create();
    }

    @BeforeEach
    void aTenantWhoseAccountOwnsTheTopic() {
        Tenancy.stubKeycloak(keycloak);
        keycloak.stubFor(get(urlEqualTo(CERT_PATH)).willReturn(aResponse().withStatus(200)
                .withBody(signer.certificatePem)));
        tenant = Tenancy.newTenant();
        account = Tenancy.newAccountId();
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(Tenancy.accountJson(account, "Org"))
                .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(201);
        topicArn = "arn:aws:sns:us-east-1:" + topicAccount() + ":config-topic";
        certUrl = keycloakUrl() + "/sns/test-signing-cert.pem";
    }

    @Test
    void confirmsASignedSubscriptionByVisitingSnsSubscribeUrl() {
        String confirmPath = "/auth/sns/confirm-" + tenant;
        keycloak.stubFor(get(urlPathEqualTo(confirmPath)).willReturn(aResponse().withStatus(200)));

        post(signer.subscriptionConfirmation(topicArn, keycloakUrl() + "/sns/confirm-" + tenant + "?Token=x", certUrl))
                .statusCode(200);

        keycloak.verify(1, getRequestedFor(urlPathEqualTo(confirmPath)));
    }

    @Test
    void neverVisitsASubscribeUrlOutsideSns() {
        post(signer.subscriptionConfirmation(topicArn, "https://attacker.example/confirm", certUrl)).statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("SubscribeURL"));
    }

    @Test
    void storesTheItemOfASignedChangeNotificationWithEitherSignatureVersion() {
        post(signer.notification(topicArn, changeNotification(group()), "2", certUrl))
                .statusCode(200).body("messageType", equalTo("ConfigurationItemChangeNotification"))
                .body("stored", equalTo(1));
        post(signer.notification(topicArn, changeNotification(groupAt("2016-06-10T00:00:00Z",
                "newer")), "1", certUrl)).statusCode(200).body("stored", equalTo(1));

        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/resources", tenant).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].resourceId", equalTo(ConfigItems.SG_ID));
        assertThat(probe.publishedEvents(tenant)).hasSize(2);
    }

    @Test
    void refusesForgedMessagesAndStoresNothing() {
        ObjectNode tampered = signer.notification(topicArn, changeNotification(group()), "2",
                certUrl);
        tampered.put("Message", changeNotification(groupAt("2016-06-10T00:00:00Z", "forged")));
        post(tampered).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("signature does not match"));

        post(signer.notification(topicArn, changeNotification(group()), "2",
                "https://attacker.example/cert.pem")).statusCode(403).body("detail", containsString("SigningCertURL"));
        post(signer.notification(topicArn, changeNotification(group()), "3", certUrl))
                .statusCode(403).body("detail", containsString("SignatureVersion"));

        assertThat(probe.resourceCount(tenant)).isZero();
    }

    @Test
    void refusesTopicsAndItemsOfAccountsOutsideTheTenant() {
        String foreignTopic = "arn:aws:sns:us-east-1:" + Tenancy.newAccountId() + ":config-topic";
        post(signer.notification(foreignTopic, changeNotification(group()), "2", certUrl))
                .statusCode(403).body("detail", containsString("not registered in this tenant"));

        ObjectNode foreignItem = ConfigItems.securityGroup().put("accountId", Tenancy.newAccountId());
        post(signer.notification(topicArn, changeNotification(foreignItem), "2", certUrl)).statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("are not accepted"));

        assertThat(probe.resourceCount(tenant)).isZero();
    }

    @Test
    void recordsOversizedItemsUntilAnItemAsNewIsStored() {
        String oversized = "{\"messageType\":\"OversizedConfigurationItemChangeNotification\","
                + "\"configurationItemSummary\":{\"changeType\":\"UPDATE\",\"configurationItemVersion\":\"1.3\","
                + "\"configurationItemCaptureTime\":\"2016-06-10T00:00:00.000Z\",\"configurationStateId\":12345,"
                + "\"awsAccountId\":\"" + topicAccount() + "\",\"configurationItemStatus\":\"OK\","
                + "\"resourceType\":\"AWS::EC2::SecurityGroup\",\"resourceId\":\"" + ConfigItems.SG_ID + "\","
                + "\"awsRegion\":\"us-east-1\"},\"s3DeliverySummary\":{\"s3BucketLocation\":\"config-bucket/o.json\"}}";
        post(signer.notification(topicArn, oversized, "2", certUrl)).statusCode(200).body("pendingFetches",
                equalTo(1)).body("stored", equalTo(0));

        String path = "/api/v1/tenants/" + tenant + "/pending-fetches";
        given().auth().oauth2(TestTokens.auditor(tenant)).get(path).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].resourceId", equalTo(ConfigItems.SG_ID))
                .body("items[0].configurationStateId", equalTo("12345"))
                .body("items[0].s3Location", equalTo("config-bucket/o.json")).body("items[0].source", equalTo("SNS"))
                .body("nextCursor", equalTo(null));
        TenantWall.assertRefusesOutsiders(path, tenant, "globex");

        post(signer.notification(topicArn, changeNotification(groupAt("2016-06-10T00:00:00Z",
                "fetched")), "2", certUrl)).statusCode(200).body("stored", equalTo(1));
        given().auth().oauth2(TestTokens.auditor(tenant)).get(path).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void acknowledgesOtherConfigMessagesUnusedAndRefusesWhatIsNotSns() {
        post(signer.notification(topicArn, "{\"messageType\":\"ComplianceChangeNotification\"}", "2", certUrl))
                .statusCode(200).body("messageType", equalTo("ComplianceChangeNotification"))
                .body("received", equalTo(0));

        given().contentType("text/plain").body("{not json").post("/api/v1/webhooks/sns/{t}", tenant).then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType("text/plain").body("{\"Type\":\"Notification\"}").post("/api/v1/webhooks/sns/{t}",
                tenant).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("has no"));
        given().contentType("text/plain").body("x".repeat(600_000)).post("/api/v1/webhooks/sns/{t}", tenant).then()
                .statusCode(413).contentType("application/problem+json");
    }

    private ValidatableResponse post(ObjectNode message) {
        // SNS posts text/plain and carries no token.
        return given().contentType("text/plain; charset=UTF-8").header("x-amz-sns-message-type",
                message.get("Type").asText()).body(ConfigItems.json(message))
                .post("/api/v1/webhooks/sns/{t}", tenant).then();
    }

    /** The SNS Message AWS Config sends for one changed item. */
    private static String changeNotification(ObjectNode item) {
        return "{\"messageType\":\"ConfigurationItemChangeNotification\",\"configurationItem\":"
                + ConfigItems.json(item) + ",\"notificationCreationTime\":\"2016-06-10T00:00:01Z\"}";
    }

    private String topicAccount() {
        return account;
    }

    private ObjectNode group() {
        return ConfigItems.securityGroup().put("accountId", account);
    }

    private ObjectNode groupAt(String captureTime, String description) {
        return ConfigItems.securityGroupAt(captureTime, description).put("accountId", account);
    }

    private static String keycloakUrl() {
        return ConfigProvider.getConfig().getValue("keycloak.url", String.class);
    }
}
