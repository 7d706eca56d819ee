package io.demarc.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Listing, filtering and reading a tenant's resources, their history and the types the catalog does not know. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class ResourcesResourceTest {

    static final String RESOURCES = "/api/v1/tenants/{t}/resources";

    final String tenant = ConfigItems.newTenant();

    @BeforeEach
    void importFiveResources() {
        // Two accounts: 264683526309 (VPC, subnet, security group, volume) and 681361479661 (instance).
        importItems(ConfigItems.snapshot(ConfigItems.item(ConfigItems.RDK + "AWS_EC2_Volume.json"),
                ConfigItems.item(ConfigItems.RDK + "AWS_EC2_Subnet.json"), ConfigItems.securityGroup(),
                ConfigItems.item(ConfigItems.RDK + "AWS_EC2_Instance.json"),
                ConfigItems.item(ConfigItems.RDK + "AWS_EC2_VPC.json"))).body("stored", equalTo(5));
    }

    @Test
    void listsByTypeThenIdInCursorPages() {
        reader().get(RESOURCES, tenant).then().statusCode(200).contentType(ContentType.JSON)
                .body("limit", equalTo(50)).body("nextCursor", nullValue())
                .body("items.resourceType", contains("AWS::EC2::Instance", "AWS::EC2::SecurityGroup",
                        "AWS::EC2::Subnet", "AWS::EC2::VPC", "AWS::EC2::Volume"))
                .body("items.serviceModel", everyItem(equalTo("IAAS")))
                .body("items[0].item", equalTo(null));

        String cursor = reader().queryParam("limit", 2).get(RESOURCES, tenant).then().statusCode(200)
                .body("items.resourceType", contains("AWS::EC2::Instance", "AWS::EC2::SecurityGroup"))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        String last = reader().queryParam("limit", 2).queryParam("cursor", cursor).get(RESOURCES, tenant).then()
                .statusCode(200).body("items.resourceType", contains("AWS::EC2::Subnet", "AWS::EC2::VPC"))
                .extract().path("nextCursor");
        reader().queryParam("limit", 2).queryParam("cursor", last).get(RESOURCES, tenant).then().statusCode(200)
                .body("items.resourceType", contains("AWS::EC2::Volume")).body("nextCursor", nullValue());
    }

    @Test
    void filtersByTypeAccountRegionServiceModelAndTag() {
        reader().queryParam("resourceType", "AWS::EC2::SecurityGroup").get(RESOURCES, tenant).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].resourceId", equalTo(ConfigItems.SG_ID))
                .body("items[0].accountId", equalTo(ConfigItems.SG_ACCOUNT))
                .body("items[0].awsRegion", equalTo("us-east-1"))
                .body("items[0].configurationStateId", equalTo("58"));
        reader().queryParam("resourceType", "AWS::EC2::VOLUME").get(RESOURCES, tenant).then().statusCode(200)
                .body("items.resourceType", contains("AWS::EC2::Volume"));
        reader().queryParam("accountId", "681361479661").get(RESOURCES, tenant).then().statusCode(200)
                .body("items.resourceType", contains("AWS::EC2::Instance"));
        reader().queryParam("region", "eu-west-3").get(RESOURCES, tenant).then().statusCode(200)
                .body("items", hasSize(0));
        reader().queryParam("serviceModel", "iaas").get(RESOURCES, tenant).then().statusCode(200)
                .body("items", hasSize(5));
        reader().queryParam("serviceModel", "SERVERLESS").get(RESOURCES, tenant).then().statusCode(200)
                .body("items", hasSize(0));

        ObjectNode tagged = ConfigItems.securityGroupAt("2016-06-10T00:00:00Z", "tagged");
        tagged.putObject("tags").put("env", "prod").put("team", "payments");
        importItems(tagged).body("stored", equalTo(1));
        reader().queryParam("tag", "env=prod").get(RESOURCES, tenant).then().statusCode(200)
                .body("items.resourceId", contains(ConfigItems.SG_ID));
        reader().queryParam("tag", "env=dev").get(RESOURCES, tenant).then().statusCode(200).body("items", hasSize(0));
        reader().queryParam("tag", "env=prod").queryParam("resourceType", "AWS::EC2::VPC").get(RESOURCES, tenant)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void keepsUnknownTypesAndListsThemWithCounts() {
        ObjectNode unknown = ConfigItems.securityGroup().put("resourceType", "AWS::Novel::Widget")
                .put("resourceId", "widget-1");
        ObjectNode another = unknown.deepCopy().put("resourceId", "widget-2");
        importItems(ConfigItems.array(unknown, another)).body("stored", equalTo(2));

        reader().queryParam("serviceModel", "UNKNOWN").get(RESOURCES, tenant).then().statusCode(200)
                .body("items.resourceId", contains("widget-1", "widget-2"))
                .body("items.serviceModel", everyItem(equalTo("UNKNOWN")));
        reader().get("/api/v1/tenants/{t}/unknown-resource-types", tenant).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].resourceType", equalTo("AWS::Novel::Widget"))
                .body("items[0].resources", equalTo(2));
    }

    @Test
    void keepsEveryStoredVersionNewestFirst() {
        importItems(ConfigItems.securityGroupAt("2016-06-10T00:00:00Z", "second")).body("stored", equalTo(1));
        importItems(ConfigItems.securityGroupAt("2016-06-11T00:00:00Z", "third")).body("stored", equalTo(1));
        importItems(ConfigItems.securityGroupAt("2016-06-11T00:00:00Z", "third")).body("unchanged", equalTo(1));
        importItems(ConfigItems.securityGroupAt("2016-06-09T00:00:00Z", "older")).body("stale", equalTo(1));
        long id = groupId();

        reader().get(RESOURCES + "/{id}/history", tenant, id).then().statusCode(200)
                .body("items.current", contains(true, false, false))
                .body("items.item.configuration.description", contains("third", "second",
                        ConfigItems.securityGroup().path("configuration").path("description").asText()))
                .body("items[1].replacedAt", notNullValue()).body("items[0].replacedAt", nullValue());

        String cursor = reader().queryParam("limit", 2).get(RESOURCES + "/{id}/history", tenant, id).then()
                .statusCode(200).body("items", hasSize(2)).extract().path("nextCursor");
        reader().queryParam("limit", 2).queryParam("cursor", cursor).get(RESOURCES + "/{id}/history", tenant, id)
                .then().statusCode(200).body("items.current", contains(false)).body("nextCursor", nullValue());
        reader().get(RESOURCES + "/{id}/history", tenant, 987654321).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void refusesBadFiltersAndPages() {
        expectBadRequest(reader().queryParam("accountId", "12345"), "accountId must be an AWS account id");
        expectBadRequest(reader().queryParam("resourceType", "bucket"), "resourceType");
        expectBadRequest(reader().queryParam("region", "mars-1"), "region");
        expectBadRequest(reader().queryParam("serviceModel", "SAAS"), "serviceModel");
        expectBadRequest(reader().queryParam("tag", "novalue"), "tag must be key=value");
        expectBadRequest(reader().queryParam("limit", 0), "limit");
        expectBadRequest(reader().queryParam("limit", 501), "limit");
        expectBadRequest(reader().queryParam("cursor", "bm90LWpzb24"), "cursor");
        expectBadRequest(reader().queryParam("cursor", "%%%"), "cursor");
    }

    @Test
    void readsOneResourceWithItsItem() {
        long id = groupId();

        reader().get(RESOURCES + "/{id}", tenant, id).then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo((int) id)).body("serviceModel", equalTo("IAAS"))
                .body("configurationItemCaptureTime", equalTo(ConfigItems.SG_CAPTURE_TIME))
                .body("item.resourceType", equalTo("AWS::EC2::SecurityGroup"))
                .body("item.configuration.groupName", equalTo("launch-wizard-7"))
                .body("item.configuration.ipPermissions", hasSize(1));
    }

    @Test
    void answersNotFoundForAResourceThatDoesNotExist() {
        reader().get(RESOURCES + "/{id}", tenant, 987654321).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("No resource 987654321"));
        reader().get(RESOURCES + "/not-a-number", tenant).then().statusCode(404);
    }

    @Test
    void everyReadEndpointStaysInsideTheTenant() {
        long id = groupId();
        String base = "/api/v1/tenants/" + tenant;
        TenantWall.assertRefusesOutsiders(base + "/resources", tenant, "globex");
        TenantWall.assertRefusesOutsiders(base + "/resources/" + id, tenant, "globex");
        TenantWall.assertRefusesOutsiders(base + "/resources/" + id + "/history", tenant, "globex");
        TenantWall.assertRefusesOutsiders(base + "/unknown-resource-types", tenant, "globex");
        given().auth().oauth2(TestTokens.analyst("globex")).get("/api/v1/tenants/globex/resources/{id}/history", id)
                .then().statusCode(404);
    }

    private long groupId() {
        return reader().queryParam("resourceType", "AWS::EC2::SecurityGroup").get(RESOURCES, tenant).then().extract()
                .jsonPath().getLong("items[0].id");
    }

    private ValidatableResponse importItems(JsonNode body) {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(ConfigItems.json(body))
                .post("/api/v1/tenants/{t}/imports", tenant).then().statusCode(200);
    }

    private void expectBadRequest(RequestSpecification request, String detail) {
        request.get(RESOURCES, tenant).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(detail));
    }

    private RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.analyst(tenant));
    }
}
