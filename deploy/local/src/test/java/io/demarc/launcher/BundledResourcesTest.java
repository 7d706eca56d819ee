package io.demarc.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Guards the realm and demo data the launcher ships: a broken file would only show after a minute of startup. */
class BundledResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = BundledResourcesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    @Test
    void realmHasOrganizationsWhoseMembersAreRealmUsersWithCompleteProfiles() throws Exception {
        JsonNode realm = read(KeycloakComponent.REALM_RESOURCE);

        assertThat(realm.path("realm").asText()).isEqualTo("demarc");
        assertThat(realm.path("organizationsEnabled").asBoolean()).isTrue();
        assertThat(realm.has("clientScopes")).as("built-in scopes must be created by Keycloak").isFalse();
        Set<String> users = new HashSet<>();
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                // A client's service account never signs in with a password.
                continue;
            }
            users.add(user.path("username").asText());
            // Without email and names the password grant fails with "Account is not fully set up".
            assertThat(user.path("email").asText()).contains("@");
            assertThat(user.path("firstName").asText()).isNotBlank();
            assertThat(user.path("lastName").asText()).isNotBlank();
            assertThat(user.path("credentials").get(0).path("temporary").asBoolean()).isFalse();
        }
        assertThat(users).contains("msp-operator", "acme-admin", "acme-admin2", "acme-analyst", "acme-auditor",
                "globex-admin");
        List<String> aliases = new ArrayList<>();
        for (JsonNode organization : realm.path("organizations")) {
            aliases.add(organization.path("alias").asText());
            organization.path("members").forEach(member -> assertThat(users).contains(member.path("username")
                    .asText()));
        }
        assertThat(aliases).containsExactly("acme", "globex");
    }

    @Test
    void userFacingClientsAddTheApiAudienceAndTheOrganizationScope() throws Exception {
        JsonNode realm = read(KeycloakComponent.REALM_RESOURCE);

        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            if (id.equals("demarc-console") || id.equals("demarc-cli")) {
                assertThat(client.path("defaultClientScopes").toString()).as(id).contains("\"organization\"");
                assertThat(client.path("protocolMappers").toString()).as(id).contains("oidc-audience-mapper")
                        .contains("demarc-api");
            }
            assertThat(client.has("secret")).as(id + " must not carry a secret in the repository").isFalse();
        }
    }

    @Test
    void inventoryAdminClientIsAServiceAccountThatMayManageOrganizationsOnly() throws Exception {
        JsonNode realm = read(KeycloakComponent.REALM_RESOURCE);
        String clientId = KeycloakClientSecrets.Client.INVENTORY_ADMIN.clientId;

        JsonNode client = null;
        for (JsonNode candidate : realm.path("clients")) {
            if (candidate.path("clientId").asText().equals(clientId)) {
                client = candidate;
            }
        }
        assertThat(client).as(clientId).isNotNull();
        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(client.path("attributes").path("oauth2.device.authorization.grant.enabled").asText())
                .isEqualTo("false");

        List<JsonNode> serviceAccounts = new ArrayList<>();
        realm.path("users").forEach(user -> {
            if (user.path("serviceAccountClientId").asText().equals(clientId)) {
                serviceAccounts.add(user);
            }
        });
        assertThat(serviceAccounts).singleElement().satisfies(user -> {
            assertThat(user.has("credentials")).isFalse();
            assertThat(user.path("clientRoles").toString())
                    .isEqualTo("{\"realm-management\":[\"manage-organizations\"]}");
        });
    }

    @Test
    void demoDataIsAwsConfigItemsWithDistinctAccountsPerTenant() throws Exception {
        Set<String> acmeAccounts = accounts(read("/demo/acme.json"));
        Set<String> globexAccounts = accounts(read("/demo/globex.json"));

        assertThat(acmeAccounts).containsExactlyInAnyOrder("111122223333", "111122224444");
        assertThat(globexAccounts).containsExactly("555566667777");
    }

    private static Set<String> accounts(JsonNode items) {
        assertThat(items.isArray()).isTrue();
        assertThat(items.size()).isBetween(10, 20);
        Set<String> accounts = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (JsonNode item : items) {
            for (String field : List.of("version", "accountId", "awsRegion", "resourceType", "resourceId", "arn",
                    "resourceName", "configurationItemCaptureTime", "configurationStateId",
                    "configurationItemStatus", "tags", "configuration", "supplementaryConfiguration")) {
                assertThat(item.has(field)).as(item.path("resourceId") + " has " + field).isTrue();
            }
            assertThat(item.path("accountId").asText()).matches("\\d{12}");
            assertThat(ids.add(item.path("resourceType").asText() + "/" + item.path("resourceId").asText()))
                    .isTrue();
            accounts.add(item.path("accountId").asText());
            types.add(item.path("resourceType").asText());
        }
        assertThat(types).contains("AWS::EC2::SecurityGroup", "AWS::S3::Bucket", "AWS::EC2::Instance",
                "AWS::IAM::Role", "AWS::RDS::DBInstance", "AWS::Lambda::Function");
        return accounts;
    }

    @Test
    void everyTopicHasADeadLetterTopic() {
        assertThat(KafkaTopics.names()).hasSize(8).contains("demarc.inventory.resources.v1",
                "demarc.inventory.resources.v1.dlq", "demarc.assessment.findings.v1.dlq");
    }
}
