package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The "everything on" values: Kafka security, overrides, the gateway and monitoring resources. */
class EverythingOnTest {

    private static final Manifests ALL = Chart.render(Chart.EVERYTHING_ON);

    @Test
    void kafkaSaslAndTlsComeFromSecretsAndAMountedCa() {
        assertThat(ALL.env("inventory", "KAFKA_SECURITY_PROTOCOL").path("value").asText()).isEqualTo("SASL_SSL");
        assertThat(ALL.env("inventory", "KAFKA_SASL_MECHANISM").path("value").asText()).isEqualTo("SCRAM-SHA-512");
        assertThat(ALL.env("inventory", "KAFKA_SASL_JAAS_CONFIG").at("/valueFrom/secretKeyRef").toString())
                .isEqualTo("{\"name\":\"demarc-user\",\"key\":\"sasl.jaas.config\"}");
        assertThat(ALL.env("inventory", "KAFKA_SSL_TRUSTSTORE_LOCATION").path("value").asText())
                .isEqualTo("/etc/demarc/kafka-ca/ca.crt");
        assertThat(ALL.env("inventory", "KAFKA_SSL_KEYSTORE_KEY").at("/valueFrom/secretKeyRef/name").asText())
                .isEqualTo("demarc-user-tls");
        JsonNode pod = ALL.get("Deployment", "demarc-inventory").at("/spec/template/spec");
        assertThat(pod.at("/volumes/1/secret/secretName").asText()).isEqualTo("demarc-cluster-ca-cert");
    }

    @Test
    void onlyInventoryManagesOrganizationsWithItsClientSecretFromASecret() {
        assertThat(ALL.env("inventory", "DEMARC_KEYCLOAK_ADMIN_BASE_URL").path("value").asText())
                .isEqualTo("https://keycloak.keycloak.svc:8443");
        assertThat(ALL.env("inventory", "DEMARC_KEYCLOAK_ADMIN_CLIENT_ID").path("value").asText())
                .isEqualTo("demarc-inventory-admin");
        assertThat(ALL.env("inventory", "DEMARC_KEYCLOAK_ADMIN_CLIENT_SECRET").at("/valueFrom/secretKeyRef/name")
                .asText()).isEqualTo("demarc-inventory-admin");
        assertThat(ALL.env("inventory", "DEMARC_AWS_MSP_PRINCIPAL_ARN").path("value").asText())
                .isEqualTo("arn:aws:iam::123456789012:role/DemarcCollector");
        for (String service : new String[]{"ownership", "assessment", "reporting"}) {
            assertThat(ALL.env(service, "DEMARC_KEYCLOAK_ADMIN_CLIENT_SECRET").isMissingNode()).as(service).isTrue();
            assertThat(ALL.env(service, "DEMARC_AWS_MSP_PRINCIPAL_ARN").isMissingNode()).as(service).isTrue();
        }
    }

    @Test
    void perServiceOverridesWin() {
        assertThat(ALL.container("reporting").path("image").asText())
                .isEqualTo("registry.example.com/msp/demarc/reporting-service:1.2.4");
        assertThat(ALL.container("inventory").path("image").asText())
                .isEqualTo("registry.example.com/msp/demarc/inventory-service:1.2.3");
        assertThat(ALL.env("reporting", "QUARKUS_DATASOURCE_JDBC_URL").path("value").asText())
                .isEqualTo("jdbc:postgresql://pg.databases.svc:5432/reporting_read?sslmode=verify-full");
        assertThat(ALL.env("reporting", "QUARKUS_DATASOURCE_USERNAME").at("/valueFrom/secretKeyRef/key").asText())
                .isEqualTo("user");
        assertThat(ALL.get("Deployment", "demarc-reporting").at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(ALL.ofKind("HorizontalPodAutoscaler")).as("three services and the console").hasSize(4);
        assertThat(ALL.env("inventory", "QUARKUS_OIDC_AUTH_SERVER_URL").path("value").asText())
                .isEqualTo("https://keycloak.keycloak.svc:8443/realms/demarc");
        assertThat(ALL.env("inventory", "QUARKUS_OIDC_TOKEN_ISSUER").path("value").asText())
                .isEqualTo("https://login.example.com/realms/demarc");
    }

    @Test
    void gatewayTerminatesTlsWithTheReferencedSecret() {
        JsonNode listener = ALL.get("Gateway", "demarc-demarc").at("/spec/listeners/0");
        JsonNode ingress = ALL.get("Ingress", "demarc-demarc");

        assertThat(listener.at("/tls/certificateRefs/0/name").asText()).isEqualTo("demarc-tls");
        assertThat(listener.path("protocol").asText()).isEqualTo("HTTPS");
        assertThat(ingress.at("/spec/tls/0/secretName").asText()).isEqualTo("demarc-tls");
        assertThat(ALL.ofKind("Secret")).isEmpty();
    }

    @Test
    void everyServiceIsScrapedOnQuarkusMetrics() {
        // The console exposes no metrics: no ServiceMonitor for it.
        assertThat(ALL.ofKind("ServiceMonitor")).hasSize(4).allSatisfy(monitor -> {
            assertThat(monitor.at("/metadata/name").asText()).isNotEqualTo(Chart.CONSOLE);
            assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
            assertThat(monitor.at("/metadata/labels/release").asText()).isEqualTo("prometheus");
        });
    }
}
