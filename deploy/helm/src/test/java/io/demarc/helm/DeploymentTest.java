package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Each service's Deployment with the default values: probes, hardening, resources and wiring. */
class DeploymentTest {

    private static final Manifests DEFAULTS = Chart.render();

    @ParameterizedTest
    @FieldSource("io.demarc.helm.Chart#SERVICES")
    void probesHitTheQuarkusHealthEndpoints(String service) {
        JsonNode container = DEFAULTS.container(service);

        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo("http");
    }

    @ParameterizedTest
    @FieldSource("io.demarc.helm.Chart#SERVICES")
    void containerRunsHardened(String service) {
        JsonNode pod = DEFAULTS.get("Deployment", "demarc-" + service).at("/spec/template/spec");
        JsonNode security = DEFAULTS.container(service).path("securityContext");

        assertThat(security.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").isBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(security.at("/capabilities/drop").toString()).isEqualTo("[\"ALL\"]");
        assertThat(security.at("/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(pod.at("/volumes/0/name").asText()).isEqualTo("tmp");
        assertThat(pod.at("/volumes/0/emptyDir").isObject()).isTrue();
        assertThat(DEFAULTS.container(service).at("/volumeMounts/0/mountPath").asText()).isEqualTo("/tmp");
    }

    @ParameterizedTest
    @FieldSource("io.demarc.helm.Chart#SERVICES")
    void containerHasResourcesAndItsOwnDatabase(String service) {
        JsonNode container = DEFAULTS.container(service);

        assertThat(container.at("/resources/requests/cpu").asText()).isNotBlank();
        assertThat(container.at("/resources/requests/memory").asText()).isNotBlank();
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
        assertThat(DEFAULTS.env(service, "QUARKUS_DATASOURCE_JDBC_URL").path("value").asText())
                .isEqualTo("jdbc:postgresql://postgresql.postgresql.svc:5432/" + service);
        assertThat(DEFAULTS.env(service, "QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText())
                .isEqualTo("demarc-postgresql");
        // Migrations run as the schema owner; the service's own login is another role, behind row-level security.
        assertThat(DEFAULTS.env(service, "QUARKUS_FLYWAY_PASSWORD").at("/valueFrom/secretKeyRef/name").asText())
                .isEqualTo("demarc-postgresql-owner");
        assertThat(DEFAULTS.env(service, "QUARKUS_FLYWAY_USERNAME").at("/valueFrom/secretKeyRef/key").asText())
                .isEqualTo("username");
        assertThat(DEFAULTS.env(service, "KAFKA_BOOTSTRAP_SERVERS").path("value").asText())
                .isEqualTo("demarc-kafka-bootstrap.kafka.svc:9092");
        assertThat(DEFAULTS.env(service, "QUARKUS_OIDC_AUTH_SERVER_URL").path("value").asText())
                .isEqualTo("http://keycloak-service.keycloak.svc:8080/realms/demarc");
        assertThat(container.path("image").asText()).isEqualTo("demarc/" + service + "-service:0.1.0-SNAPSHOT");
    }

    @ParameterizedTest
    @FieldSource("io.demarc.helm.Chart#SERVICES")
    void disruptionBudgetAndAutoscalerTargetTheService(String service) {
        String name = "demarc-" + service;

        assertThat(DEFAULTS.get("PodDisruptionBudget", name).at("/spec/selector/matchLabels/app.kubernetes.io~1name")
                .asText()).isEqualTo(service + "-service");
        assertThat(DEFAULTS.get("HorizontalPodAutoscaler", name).at("/spec/scaleTargetRef/name").asText())
                .isEqualTo(name);
        assertThat(DEFAULTS.get("Deployment", name).at("/spec/replicas").isMissingNode())
                .as("the autoscaler owns the replica count").isTrue();
        assertThat(DEFAULTS.get("Service", name).at("/spec/ports/0/port").asInt()).isEqualTo(8080);
    }

    @ParameterizedTest
    @FieldSource("io.demarc.helm.Chart#SERVICES")
    void plaintextKafkaNeedsNoSecurityWiring(String service) {
        assertThat(DEFAULTS.env(service, "KAFKA_SECURITY_PROTOCOL").path("value").asText()).isEqualTo("PLAINTEXT");
        assertThat(DEFAULTS.env(service, "KAFKA_SASL_JAAS_CONFIG").isMissingNode()).isTrue();
        assertThat(DEFAULTS.env(service, "KAFKA_SSL_TRUSTSTORE_LOCATION").isMissingNode()).isTrue();
    }
}
