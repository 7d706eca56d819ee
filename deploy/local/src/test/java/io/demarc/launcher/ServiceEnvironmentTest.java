package io.demarc.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment that wires each service to the local stack. */
class ServiceEnvironmentTest {

    @TempDir
    Path repo;

    @TempDir
    Path home;

    private Map<String, String> environmentOf(String service) {
        StackConfig config = StackConfig.builder(repo).home(home).port(PortSetting.KEYCLOAK, 28080).build();
        return new ServiceComponent(config, ServiceDefinition.named(service).orElseThrow()).environment();
    }

    @Test
    void inventoryGetsTheKeycloakAdminClientOnceItsSecretIsStored() {
        assertThat(environmentOf("inventory")).doesNotContainKey("DEMARC_KEYCLOAK_ADMIN_CLIENT_SECRET")
                .containsEntry("DEMARC_AWS_MSP_PRINCIPAL_ARN", ServiceComponent.DEMO_MSP_PRINCIPAL_ARN);

        Secrets.write(new StateLayout(home).secret(KeycloakClientSecrets.Client.INVENTORY_ADMIN.secretFile), "s3cret");

        assertThat(environmentOf("inventory")).containsEntry("DEMARC_KEYCLOAK_ADMIN_BASE_URL", "http://localhost:28080")
                .containsEntry("DEMARC_KEYCLOAK_ADMIN_REALM", "demarc")
                .containsEntry("DEMARC_KEYCLOAK_ADMIN_CLIENT_ID", "demarc-inventory-admin")
                .containsEntry("DEMARC_KEYCLOAK_ADMIN_CLIENT_SECRET", "s3cret");
    }

    @Test
    void otherServicesGetNoAdminAccess() {
        Secrets.write(new StateLayout(home).secret(KeycloakClientSecrets.Client.INVENTORY_ADMIN.secretFile), "s3cret");

        for (String service : new String[]{"ownership", "assessment", "reporting"}) {
            assertThat(environmentOf(service)).as(service).doesNotContainKeys("DEMARC_KEYCLOAK_ADMIN_CLIENT_SECRET",
                    "DEMARC_AWS_MSP_PRINCIPAL_ARN");
        }
    }
}
