package io.demarc.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
import io.restassured.specification.RequestSpecification;

/**
 * The onboarding answer and its CloudFormation templates, parsed and checked for the role, its policies, the trusted
 * principal and the ExternalId condition. Keycloak's admin API is a WireMock stand-in.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class OnboardingResourceTest {

    static final String PRINCIPAL = "arn:aws:iam::111122223333:role/DemarcCollector";
    static final List<String> POLICIES = List.of("arn:aws:iam::aws:policy/SecurityAudit",
            "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess");

    @OidcWireMock
    WireMockServer keycloak;

    String tenant;

    @BeforeEach
    void aRegisteredTenant() {
        Tenancy.stubKeycloak(keycloak);
        tenant = Tenancy.newTenant();
    }

    @Test
    void showsTheRoleAndAStableExternalIdToAdministrators() {
        String externalId = admin().get("/api/v1/tenants/{t}/onboarding", tenant).then().statusCode(200)
                .contentType(ContentType.JSON).body("tenantId", equalTo(tenant))
                .body("roleName", equalTo("DemarcReadOnly")).body("managedPolicyArns", equalTo(POLICIES))
                .body("mspPrincipalArn", equalTo(PRINCIPAL))
                .body("cloudFormationTemplate", equalTo("/api/v1/tenants/" + tenant + "/onboarding/cloudformation"))
                .extract().path("externalId");

        assertThat(externalId).matches("[A-Za-z0-9_-]{32}");
        given().auth().oauth2(TestTokens.platformAdmin()).get("/api/v1/tenants/{t}/onboarding", tenant).then()
                .statusCode(200).body("externalId", equalTo(externalId));
        String otherTenant = Tenancy.newTenant();
        assertThat(given().auth().oauth2(TestTokens.tenantAdmin(otherTenant))
                .get("/api/v1/tenants/{t}/onboarding", otherTenant).then().extract().<String>path("externalId"))
                .isNotEqualTo(externalId);
    }

    @Test
    void theCloudFormationTemplateCreatesTheReadOnlyRole() throws Exception {
        String externalId = externalId();

        String yaml = admin().get("/api/v1/tenants/{t}/onboarding/cloudformation", tenant).then().statusCode(200)
                .contentType("application/yaml").header("Content-Disposition", containsString(".yaml")).extract()
                .asString();

        assertReadOnlyRole(new YAMLMapper().readTree(yaml), externalId);
        String json = admin().queryParam("format", "json").get("/api/v1/tenants/{t}/onboarding/cloudformation",
                tenant).then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        assertReadOnlyRole(new ObjectMapper().readTree(json), externalId);
        admin().queryParam("format", "xml").get("/api/v1/tenants/{t}/onboarding/cloudformation", tenant).then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("format"));
    }

    @Test
    void theStackSetVariantDeploysTheRoleAcrossAnOrganization() throws Exception {
        String externalId = externalId();

        String yaml = admin().get("/api/v1/tenants/{t}/onboarding/stackset", tenant).then().statusCode(200)
                .contentType("application/yaml").extract().asString();

        JsonNode stackSet = new YAMLMapper().readTree(yaml).path("Resources").path("DemarcReadOnlyStackSet");
        assertThat(stackSet.path("Type").asText()).isEqualTo("AWS::CloudFormation::StackSet");
        JsonNode properties = stackSet.path("Properties");
        assertThat(properties.path("PermissionModel").asText()).isEqualTo("SERVICE_MANAGED");
        assertThat(properties.path("AutoDeployment").path("Enabled").asBoolean()).isTrue();
        assertThat(properties.path("Capabilities").get(0).asText()).isEqualTo("CAPABILITY_NAMED_IAM");
        assertThat(properties.path("StackInstancesGroup").get(0).path("DeploymentTargets")
                .path("OrganizationalUnitIds").path("Ref").asText()).isEqualTo("OrganizationalUnitIds");
        assertReadOnlyRole(new ObjectMapper().readTree(properties.path("TemplateBody").asText()), externalId);
    }

    @Test
    void theExternalIdIsNeverLogged() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String externalId = externalId();
            admin().get("/api/v1/tenants/{t}/onboarding/cloudformation", tenant).then().statusCode(200);
            admin().get("/api/v1/tenants/{t}/onboarding/stackset", tenant).then().statusCode(200);
            admin().contentType(ContentType.JSON).body(Tenancy.accountJson(Tenancy.newAccountId(), "Logged"))
                    .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(201);

            assertThat(lines).isNotEmpty().noneMatch(line -> line != null && line.contains(externalId));
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void onlyTheTenantsAdministratorsSeeOnboarding() {
        for (String path : new String[]{"", "/cloudformation", "/stackset"}) {
            String url = "/api/v1/tenants/{t}/onboarding" + path;
            given().get(url, tenant).then().statusCode(401);
            given().auth().oauth2(TestTokens.analyst(tenant)).get(url, tenant).then().statusCode(403);
            given().auth().oauth2(TestTokens.auditor(tenant)).get(url, tenant).then().statusCode(403);
            given().auth().oauth2(TestTokens.tenantAdmin("globex")).get(url, tenant).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        String unregistered = ConfigItems.newTenant();
        given().auth().oauth2(TestTokens.tenantAdmin(unregistered)).get("/api/v1/tenants/{t}/onboarding",
                unregistered).then().statusCode(404).body("detail", containsString("not registered"));
    }

    /** The role, its two managed policies, and a trust policy for the MSP principal with the tenant's ExternalId. */
    static void assertReadOnlyRole(JsonNode template, String externalId) {
        assertThat(template.path("AWSTemplateFormatVersion").asText()).isEqualTo("2010-09-09");
        JsonNode role = template.path("Resources").path("DemarcReadOnlyRole");
        assertThat(role.path("Type").asText()).isEqualTo("AWS::IAM::Role");
        JsonNode properties = role.path("Properties");
        assertThat(properties.path("RoleName").asText()).isEqualTo("DemarcReadOnly");
        List<String> policies = new ArrayList<>();
        properties.path("ManagedPolicyArns").forEach(policy -> policies.add(policy.asText()));
        assertThat(policies).containsExactlyElementsOf(POLICIES);
        JsonNode statements = properties.path("AssumeRolePolicyDocument").path("Statement");
        assertThat(statements).hasSize(1);
        JsonNode statement = statements.get(0);
        assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.path("Action").asText()).isEqualTo("sts:AssumeRole");
        assertThat(statement.path("Principal").path("AWS").asText()).isEqualTo(PRINCIPAL);
        assertThat(statement.path("Condition").path("StringEquals").path("sts:ExternalId").asText())
                .isEqualTo(externalId);
    }

    private String externalId() {
        return admin().get("/api/v1/tenants/{t}/onboarding", tenant).then().statusCode(200).extract()
                .path("externalId");
    }

    private RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant));
    }
}
