package io.demarc.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.service.rest.CursorRequest;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

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

    /** The ids of the catalog's controls that the filters keep, in the list's order (by id). */
    static List<String> controlsFor(String resourceType, String framework) {
        return CATALOG.controls().stream()
                .filter(c -> resourceType == null || c.appliesTo(resourceType))
                .filter(c -> framework == null || c.references().containsKey(framework)).map(Control::id).sorted()
                .toList();
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
        given().auth().oauth2(token(role)).queryParam("limit", 500).get(CONTROLS).then().statusCode(200)
                .body("items.id", equalTo(controlsFor(null, null))).body("nextCursor", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform-admin", "tenant-admin", "analyst", "auditor"})
    void everyRoleReadsOneControl(String role) {
        given().auth().oauth2(token(role)).get(SSH).then().statusCode(200)
                .body("id", equalTo("ec2-sg-ssh-open-world"));
    }

    @Test
    void listsWhatAControlChecksAndWhichRequirementsItServes() {
        String ssh = "items.find { it.id == 'ec2-sg-ssh-open-world' }";
        given().auth().oauth2(TestTokens.analyst("acme")).queryParam("limit", 500).get(CONTROLS).then()
                .statusCode(200)
                .body(ssh + ".title", notNullValue())
                .body(ssh + ".severity", equalTo("HIGH"))
                .body(ssh + ".resourceTypes", contains("AWS::EC2::SecurityGroup"))
                .body(ssh + ".domain", equalTo("network-configuration"))
                .body(ssh + ".references.aws-fsbp", contains("EC2.13"))
                .body(ssh + ".references.'cis-aws-3.0'", hasItem("5.2"))
                .body(ssh + ".expression", equalTo(null));
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
                .get(CONTROLS).then().statusCode(200).body("items", hasSize(0)).body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.analyst("acme")).queryParam("resourceType", "AWS::S3::Bucket")
                .queryParam("limit", 500).get(CONTROLS).then().statusCode(200)
                .body("items.id", equalTo(controlsFor("AWS::S3::Bucket", null)));
        given().auth().oauth2(TestTokens.analyst("acme")).queryParam("resourceType", "AWS::EC2::SecurityGroup")
                .queryParam("framework", "aws-fsbp").queryParam("limit", 500).get(CONTROLS).then().statusCode(200)
                .body("items.id", equalTo(controlsFor("AWS::EC2::SecurityGroup", "aws-fsbp")))
                .body("items.id", hasItem("ec2-sg-ssh-open-world"));
    }

    @Test
    void pagesFollowOneAnotherWithoutOverlapUntilTheListEnds() {
        List<List<String>> pages = walk("acme", "", 7);

        assertThat(pages).allSatisfy(page -> assertThat(page).hasSizeBetween(1, 7));
        assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(controlsFor(null, null));
    }

    @Test
    void filtersHoldOnEveryPage() {
        List<String> s3 = controlsFor("AWS::S3::Bucket", null);
        List<List<String>> pages = walk("acme", "&resourceType=AWS::S3::Bucket", 2);

        assertThat(pages).hasSize((s3.size() + 1) / 2);
        assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(s3);
    }

    @Test
    void theTenantsOwnControlsFollowTheCatalogsAcrossPages() {
        String tenant = CustomControlResourceTest.newTenant();
        CustomControlResourceTest.create(tenant, CustomControls.noSsh("custom-b-no-ssh"));
        CustomControlResourceTest.create(tenant, CustomControls.noSsh("custom-a-no-ssh"));
        List<String> expected = new ArrayList<>(controlsFor(null, null));
        expected.addAll(List.of("custom-a-no-ssh", "custom-b-no-ssh"));

        assertThat(walk(tenant, "", 10).stream().flatMap(List::stream)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "many"})
    void refusesABadLimitWithAProblem(String limit) {
        given().auth().oauth2(TestTokens.analyst("acme")).queryParam("limit", limit).get(CONTROLS).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("limit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not*base64", "bm90IGFuIGlk"})
    void refusesACursorItDidNotMake(String cursor) {
        // "bm90IGFuIGlk" is base64 of "not an id": no control id holds a space
        given().auth().oauth2(TestTokens.analyst("acme")).queryParam("cursor", cursor).get(CONTROLS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo(CursorRequest.FORGED));
    }

    @Test
    void refusesAnUnknownFrameworkWithAProblem() {
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

    /** The control ids of every page of a tenant's list, following {@code nextCursor} to the last page. */
    private static List<List<String>> walk(String tenant, String filters, int limit) {
        List<List<String>> pages = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().auth().oauth2(TestTokens.analyst(tenant))
                    .get("/api/v1/tenants/" + tenant + "/controls?limit=" + limit + filters
                            + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).body("limit", equalTo(limit)).extract().jsonPath();
            pages.add(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null && pages.size() < 1000);
        return pages;
    }
}
