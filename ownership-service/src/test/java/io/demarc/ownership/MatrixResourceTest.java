package io.demarc.ownership;

import static io.demarc.ownership.ResourceEventFixtures.T0;
import static io.demarc.ownership.ResourceEventFixtures.exampleItem;
import static io.demarc.ownership.ResourceEventFixtures.item;
import static io.demarc.ownership.ResourceEventFixtures.upserted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.responsibility.ResponsibilityModel;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.InMemoryDelivery;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/**
 * The matrix API: what it says for the types a tenant runs, who may read it and how it pages. Tenant {@code umbrella}
 * runs an EC2 instance (a real AWS Config item), a Lambda function, an RDS instance and two S3 buckets.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources"), @ResourceArg(name = "outgoing", value = "outbox")})
class MatrixResourceTest {

    private static final String TENANT = "umbrella";
    private static final String PATH = "/api/v1/tenants/umbrella/matrix";
    private static final String EC2 = "items.find { it.resourceType == 'AWS::EC2::Instance' }";
    private static final String RDS = "items.find { it.resourceType == 'AWS::RDS::DBInstance' }";
    private static final String LAMBDA = "items.find { it.resourceType == 'AWS::Lambda::Function' }";
    private static final String S3 = "items.find { it.resourceType == 'AWS::S3::Bucket' }";
    private static boolean seeded;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    ResponsibilityModel model;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seed(exampleItem("AWS_EC2_Instance.json"));
        seed(item("AWS::Lambda::Function", "resize-images", T0));
        seed(item("AWS::RDS::DBInstance", "orders-db", T0));
        seed(item("AWS::S3::Bucket", "first-bucket", T0));
        seed(item("AWS::S3::Bucket", "second-bucket", T0));
        seeded = true;
    }

    @Test
    void givesEveryTypeInUseASideForEveryDomain() {
        matrix("").statusCode(200)
                .body("catalogVersion", equalTo(model.version()))
                .body("items.resourceType", contains("AWS::EC2::Instance", "AWS::Lambda::Function",
                        "AWS::RDS::DBInstance", "AWS::S3::Bucket"))
                .body("items.known", everyItem(equalTo(true)))
                .body("items.serviceModel", contains("IAAS", "SERVERLESS", "PAAS", "ABSTRACTED"))
                .body("items.resourceCount", contains(1, 1, 1, 2))
                .body("items.domains", everyItem(hasSize(20)))
                .body("total", equalTo(4));
    }

    @Test
    void saysWhoCarriesWhatPerType() {
        matrix("").statusCode(200)
                .body(side(EC2, "guest-os-patching"), equalTo("CUSTOMER"))
                .body(side(EC2, "network-configuration"), equalTo("CUSTOMER"))
                .body(side(EC2, "physical-environmental"), equalTo("AWS"))
                .body(cell(EC2, "physical-environmental") + ".controlClass", equalTo("INHERITED"))
                .body(cell(EC2, "guest-os-patching") + ".controlClass", equalTo("CUSTOMER_SPECIFIC"))
                .body(side(RDS, "host-os"), equalTo("AWS"))
                .body(side(RDS, "platform-runtime"), equalTo("AWS"))
                .body(side(RDS, "identity-access"), equalTo("CUSTOMER"))
                .body(side(RDS, "encryption-at-rest"), equalTo("CUSTOMER"))
                .body(side(LAMBDA, "platform-runtime"), equalTo("AWS"))
                .body(side(LAMBDA, "application-code"), equalTo("CUSTOMER"))
                .body(side(S3, "guest-os-patching"), equalTo("AWS"))
                .body(S3 + ".service", equalTo("Amazon S3"));
    }

    @Test
    void sharedDomainsCarryWhatEachPartyDoesAndEvidenceIsTheCustomers() {
        String training = cell(RDS, "awareness-training");
        String physical = cell(RDS, "physical-environmental");
        matrix("").statusCode(200)
                .body(training + ".side", equalTo("SHARED"))
                .body(training + ".controlClass", equalTo("SHARED"))
                .body(training + ".aws", containsString("AWS trains"))
                .body(training + ".customer", containsString("The customer trains"))
                .body(training + ".evidence", equalTo("CUSTOMER"))
                .body(physical + ".aws", nullValue())
                .body(physical + ".customer", nullValue())
                .body(physical + ".evidence", equalTo("AWS"))
                .body(cell(RDS, "identity-access") + ".evidence", equalTo("CUSTOMER"));
    }

    @Test
    void pagesByType() {
        matrix("?size=3&page=1").statusCode(200)
                .body("catalogVersion", notNullValue())
                .body("items.resourceType", contains("AWS::S3::Bucket"))
                .body("page", equalTo(1)).body("size", equalTo(3))
                .body("total", equalTo(4)).body("totalPages", equalTo(2));
        matrix("?size=500&page=" + Integer.MAX_VALUE).statusCode(200).body("items", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?size=0", "?size=501", "?page=-1"})
    void refusesPagesOutOfBounds(String query) {
        matrix(query).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(query.substring(1, query.indexOf('='))));
    }

    @Test
    void everyRoleOfTheTenantMayRead() {
        for (String token : List.of(TestTokens.analyst(TENANT), TestTokens.auditor(TENANT),
                TestTokens.tenantAdmin(TENANT), TestTokens.platformAdmin())) {
            given().auth().oauth2(token).get(PATH).then().statusCode(200).body("total", equalTo(4));
        }
    }

    @Test
    void othersAreRefused() {
        TenantWall.assertRefusesOutsiders(PATH, TENANT, "globex");
    }

    @Test
    void anotherTenantSeesOnlyItsOwnMatrix() {
        given().auth().oauth2(TestTokens.auditor("globex")).get("/api/v1/tenants/globex/matrix").then()
                .statusCode(200).body("items", empty()).body("total", equalTo(0))
                .body("catalogVersion", equalTo(model.version()));
    }

    @Test
    void oneTypesRowIsTheSameAsInTheMatrixAndAnUnusedTypeIsNotFound() {
        String path = "/api/v1/tenants/umbrella/resource-types/{type}/responsibilities";
        Map<String, Object> inMatrix = matrix("").extract().jsonPath().getMap(RDS);

        Map<String, Object> row = given().auth().oauth2(TestTokens.auditor(TENANT))
                .get(path, "AWS::RDS::DBInstance").then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(row).isEqualTo(inMatrix);
        // The type's name as items spell it, whatever the case asked for.
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(path, "aws::rds::dbinstance").then().statusCode(200)
                .body("resourceType", equalTo("AWS::RDS::DBInstance")).body("domains", hasSize(20));

        given().auth().oauth2(TestTokens.analyst(TENANT)).get(path, "AWS::DynamoDB::Table").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.analyst("globex")).get(path, "AWS::RDS::DBInstance").then()
                .statusCode(404);
        given().get(path, "AWS::RDS::DBInstance").then().statusCode(401);
    }

    private void seed(ConfigurationItem item) {
        assertThat(InMemoryDelivery.deliver(connector, "resources", upserted(TENANT, item)).status())
                .isEqualTo(InMemoryDelivery.Status.ACKED);
    }

    private static String cell(String type, String domain) {
        return type + ".domains.find { it.domain == '" + domain + "' }";
    }

    private static String side(String type, String domain) {
        return cell(type, domain) + ".side";
    }

    private static ValidatableResponse matrix(String query) {
        return given().auth().oauth2(TestTokens.analyst(TENANT)).get(PATH + query).then();
    }
}
