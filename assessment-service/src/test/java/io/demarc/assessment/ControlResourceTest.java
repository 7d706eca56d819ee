package io.demarc.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class ControlResourceTest {

    static final String CONTROLS = "/api/v1/tenants/acme/controls";
    static final String SSH = CONTROLS + "/ec2-sg-ssh-open-world";
    /** The shipped catalog, so that the counts below follow it as controls are added. */
    static final ControlLibrary CATALOG = ControlLibrary.load();

    static int controlsFor(String resourceType, String framework) {
        return (int) CATALOG.controls().stream()
                .filter(c -> resourceType == null || c.appliesTo(resourceType))
                .filter(c -> framework == null || c.references().containsKey(framework)).count();
    }

    static String token(String role) {
        return switch (role) {
            case "platform-admin" -> TestTokens.platformAdmin();
            case "tenant-admin" -> TestTokens.tenantAdmin("acme");
            case "analyst" -> TestTokens.analyst("acme");
            case "auditor" -> TestTokens.auditor("acme");
            default -> throw new IllegalArgumentException(role);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform-admin", "tenant-admin", "analyst", "auditor"})
    void everyRoleListsTheCatalog(String role) {
        given().auth().oauth2(token(role)).get(CONTROLS).then().statusCode(200)
                .body("items.id", hasItem("ec2-sg-ssh-open-world"))
                .body("page", equalTo(0)).body("total", equalTo(controlsFor(null, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform-admin", "tenant-admin", "analyst", "auditor"})
    void everyRoleReadsOneControl(String role) {
        given().auth().oauth2(token(role)).get(SSH).then().statusCode(200)
                .body("id", equalTo("ec2-sg-ssh-open-world"));
    }

    @Test
    void listsWhatAControlChecksAndWhichRequirementsItServes() {
        given().auth().oauth2(TestTokens.analyst("acme")).get(CONTROLS).then().statusCode(200)
                .body("items[0].title", notNullValue())
                .body("items[0].severity", equalTo("HIGH"))
                .body("items[0].resourceTypes", contains("AWS::EC2::SecurityGroup"))
                .body("items[0].domain", equalTo("network-configuration"))
                .body("items[0].references.aws-fsbp", contains("EC2.13"))
                .body("items[0].references.'cis-aws-3.0'", hasItem("5.2"))
                .body("items[0].expression", equalTo(null));
    }

    @Test
    void showsOneControlInFull() {
        given().auth().oauth2(TestTokens.auditor("acme")).get(SSH).then().statusCode(200)
                .body("description", notNullValue()).body("remediation", notNullValue())
                .body("expression", containsString("ipPermissions")).body("catalogVersion", notNullValue());
    }

    @Test
    void filtersByResourceTypeAndFramework() {
        given().auth().oauth2(TestTokens.analyst("acme")).queryParam("resourceType", "AWS::SQS::Queue")
                .get(CONTROLS).then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.analyst("acme")).queryParam("resourceType", "AWS::S3::Bucket")
                .get(CONTROLS).then().statusCode(200)
                .body("total", equalTo(controlsFor("AWS::S3::Bucket", null)));
        given().auth().oauth2(TestTokens.analyst("acme")).queryParam("resourceType", "AWS::EC2::SecurityGroup")
                .queryParam("framework", "aws-fsbp").get(CONTROLS).then().statusCode(200)
                .body("total", equalTo(controlsFor("AWS::EC2::SecurityGroup", "aws-fsbp")))
                .body("items.id", hasItem("ec2-sg-ssh-open-world"));
    }

    @Test
    void pagesTheList() {
        int total = controlsFor(null, null);
        given().auth().oauth2(TestTokens.analyst("acme")).queryParam("page", 1).queryParam("size", 1)
                .get(CONTROLS).then().statusCode(200).body("items", hasSize(1)).body("totalPages", equalTo(total));
        given().auth().oauth2(TestTokens.analyst("acme")).queryParam("page", total).queryParam("size", 1)
                .get(CONTROLS).then().statusCode(200).body("items", hasSize(0)).body("totalPages", equalTo(total));
    }

    @Test
    void refusesABadPageSizeOrFrameworkWithAProblem() {
        given().auth().oauth2(TestTokens.analyst("acme")).queryParam("size", 0).get(CONTROLS).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("size"));
        given().auth().oauth2(TestTokens.analyst("acme")).queryParam("framework", "cis-9").get(CONTROLS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("framework"));
    }

    @Test
    void answersAnUnknownControlWithANotFoundProblem() {
        given().auth().oauth2(TestTokens.analyst("acme")).get(CONTROLS + "/no-such-control").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no-such-control"));
    }

    @Test
    void refusesCallersWithoutAValidToken() {
        given().get(CONTROLS).then().statusCode(401);
        given().get(SSH).then().statusCode(401);
        given().auth().oauth2(TestTokens.forAnotherAudience("acme")).get(CONTROLS).then().statusCode(401);
    }

    @Test
    void refusesATokenWithoutADemarcRole() {
        String outsider = TestTokens.user("outsider", Set.of("offline_access"), List.of("acme"));

        given().auth().oauth2(outsider).get(CONTROLS).then().statusCode(403);
        given().auth().oauth2(outsider).get(SSH).then().statusCode(403);
    }

    @Test
    void hidesAnotherTenantAsIfItDidNotExist() {
        given().auth().oauth2(TestTokens.tenantAdmin("acme")).get("/api/v1/tenants/globex/controls").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.auditor("acme")).get("/api/v1/tenants/globex/controls/ec2-sg-ssh-open-world")
                .then().statusCode(404);
    }
}
