package io.demarc.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Listing and reading a tenant's resources. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class ResourcesResourceTest {

    final String tenant = ConfigItems.newTenant();

    @BeforeEach
    void importFiveResources() {
        // Two accounts: 264683526309 (VPC, subnet, security group, volume) and 681361479661 (instance).
        var snapshot = ConfigItems.snapshot(ConfigItems.item(ConfigItems.RDK + "AWS_EC2_Volume.json"),
                ConfigItems.item(ConfigItems.RDK + "AWS_EC2_Subnet.json"), ConfigItems.securityGroup(),
                ConfigItems.item(ConfigItems.RDK + "AWS_EC2_Instance.json"),
                ConfigItems.item(ConfigItems.RDK + "AWS_EC2_VPC.json"));
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(ConfigItems.json(snapshot)).post("/api/v1/tenants/{t}/imports", tenant).then()
                .statusCode(200).body("stored", equalTo(5));
    }

    @Test
    void listsByTypeThenIdInPages() {
        reader().get("/api/v1/tenants/{t}/resources", tenant).then().statusCode(200).contentType(ContentType.JSON)
                .body("total", equalTo(5)).body("page", equalTo(0)).body("totalPages", equalTo(1))
                .body("items.resourceType", contains("AWS::EC2::Instance", "AWS::EC2::SecurityGroup",
                        "AWS::EC2::Subnet", "AWS::EC2::VPC", "AWS::EC2::Volume"))
                .body("items[0].item", equalTo(null));

        reader().queryParam("size", 2).queryParam("page", 2).get("/api/v1/tenants/{t}/resources", tenant).then()
                .statusCode(200).body("total", equalTo(5)).body("totalPages", equalTo(3))
                .body("items.resourceType", contains("AWS::EC2::Volume"));
    }

    @Test
    void filtersByTypeAndAccount() {
        reader().queryParam("resourceType", "AWS::EC2::SecurityGroup").get("/api/v1/tenants/{t}/resources", tenant)
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].resourceId", equalTo(ConfigItems.SG_ID))
                .body("items[0].accountId", equalTo(ConfigItems.SG_ACCOUNT))
                .body("items[0].awsRegion", equalTo("us-east-1"))
                .body("items[0].configurationStateId", equalTo("58"));
        reader().queryParam("resourceType", "AWS::EC2::VOLUME").get("/api/v1/tenants/{t}/resources", tenant)
                .then().statusCode(200).body("items.resourceType", contains("AWS::EC2::Volume"));
        reader().queryParam("accountId", "681361479661").get("/api/v1/tenants/{t}/resources", tenant).then()
                .statusCode(200).body("items.resourceType", contains("AWS::EC2::Instance"));
    }

    @Test
    void refusesBadFiltersAndPages() {
        reader().queryParam("accountId", "12345").get("/api/v1/tenants/{t}/resources", tenant).then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("accountId must be an AWS account id"));
        reader().queryParam("resourceType", "bucket").get("/api/v1/tenants/{t}/resources", tenant).then()
                .statusCode(400).contentType("application/problem+json");
        reader().queryParam("size", 0).get("/api/v1/tenants/{t}/resources", tenant).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void readsOneResourceWithItsItem() {
        long id = reader().queryParam("resourceType", "AWS::EC2::SecurityGroup")
                .get("/api/v1/tenants/{t}/resources", tenant).then().extract().jsonPath().getLong("items[0].id");

        reader().get("/api/v1/tenants/{t}/resources/{id}", tenant, id).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo((int) id))
                .body("configurationItemCaptureTime", equalTo(ConfigItems.SG_CAPTURE_TIME))
                .body("item.resourceType", equalTo("AWS::EC2::SecurityGroup"))
                .body("item.configuration.groupName", equalTo("launch-wizard-7"))
                .body("item.configuration.ipPermissions", hasSize(1));
    }

    @Test
    void answersNotFoundForAResourceThatDoesNotExist() {
        reader().get("/api/v1/tenants/{t}/resources/{id}", tenant, 987654321).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("No resource 987654321"));
        reader().get("/api/v1/tenants/{t}/resources/not-a-number", tenant).then().statusCode(404);
    }

    private RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.analyst(tenant));
    }
}
