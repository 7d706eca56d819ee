package io.demarc.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Imports that must be refused whole: 400 problem+json naming what is wrong, and nothing stored or announced. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class ImportValidationTest {

    static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    InventoryProbe probe;

    final String tenant = ConfigItems.newTenant();

    @AfterEach
    void nothingWasStoredOrAnnounced() {
        assertThat(probe.resourceCount(tenant)).isZero();
        assertThat(probe.pendingEvents(tenant)).isZero();
        assertThat(probe.publishedMessages(tenant)).isEmpty();
    }

    @Test
    void refusesMalformedJson() {
        importing("{\"accountId\": \"123456789012\",").statusCode(400).contentType(PROBLEM_JSON)
                .body("status", equalTo(400)).body("detail", containsString("not valid JSON (line 1, column"));
    }

    @Test
    void refusesAnUpstreamSampleThatIsNotJson() {
        importing(ConfigItems.bytes(ConfigItems.RDK + "AWS_SSM_ManagedInstanceInventory_Linux.json")).statusCode(400)
                .contentType(PROBLEM_JSON).body("detail", containsString("not valid JSON (line 51, column 41)"));
    }

    @Test
    void refusesAnEmptyBody() {
        importing(new byte[0]).statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("the import is empty"));
    }

    @Test
    void refusesAMessageThatCarriesNoItem() {
        importing(
                ConfigItems.bytes("awsdocs-config-developer-guide/example-config-rule-compliance-notification_1.json"))
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("'ComplianceChangeNotification' carries no configuration item"));
        importing("{\"hello\": \"world\"}").statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("neither a configuration item nor a list"));
    }

    @Test
    void namesTheItemAndFieldAtFaultAndStoresNoneOfTheOthers() {
        ObjectNode withoutAccount = ConfigItems.securityGroup();
        withoutAccount.remove("accountId");
        ObjectNode badTime = ConfigItems.securityGroup().put("configurationItemCaptureTime", "yesterday");

        importing(ConfigItems.json(ConfigItems.array(ConfigItems.item(ConfigItems.RDK + "AWS_EC2_VPC.json"),
                withoutAccount, badTime))).statusCode(400).contentType(PROBLEM_JSON)
                .body("title", equalTo("Invalid import"))
                .body("detail", containsString("Nothing was imported: item 1, accountId: is missing"))
                .body("problems", hasSize(2))
                .body("problems[0].item", equalTo(1)).body("problems[0].field", equalTo("accountId"))
                .body("problems[1].item", equalTo(2))
                .body("problems[1].field", equalTo("configurationItemCaptureTime"));
    }

    @Test
    void refusesMoreItemsThanTheLimit() {
        String item = ConfigItems.json(ConfigItems.securityGroup());
        String items = IntStream.range(0, 5_001).mapToObj(i -> item).collect(Collectors.joining(",", "[", "]"));

        importing(items).statusCode(400).contentType(PROBLEM_JSON)
                .body("detail", containsString("5001 configuration items, more than the 5000 allowed"))
                .body("problems[0].item", nullValue());
    }

    @Test
    void refusesABodyThatIsNotDeclaredJson() {
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.TEXT)
                .body(ConfigItems.bytes(ConfigItems.SECURITY_GROUP)).post("/api/v1/tenants/{t}/imports", tenant)
                .then().statusCode(415);
    }

    private ValidatableResponse importing(String body) {
        return importing(body.getBytes(StandardCharsets.UTF_8));
    }

    private ValidatableResponse importing(byte[] body) {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tenants/{t}/imports", tenant).then();
    }
}
