package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The web console: its Deployment, Service, budget, autoscaler and policy, its wiring, and the switch that removes it. */
class ConsoleTest {

    private static final Manifests DEFAULTS = Chart.render();
    private static final Manifests ALL = Chart.render(Chart.EVERYTHING_ON);
    private static final List<String> FORCE_SECURE = List.of("QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE",
            "QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE", "QUARKUS_OIDC_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME");

    @Test
    void isOnByDefaultWithEveryObjectOfAService() {
        for (String kind : new String[]{"Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler",
                "NetworkPolicy"}) {
            assertThat(DEFAULTS.get(kind, Chart.CONSOLE).at("/metadata/labels/app.kubernetes.io~1name").asText())
                    .as(kind).isEqualTo("console");
        }
    }

    @Test
    void imageIsTheJibImageNamedLikeTheServices() {
        assertThat(DEFAULTS.container("console").path("image").asText()).isEqualTo("demarc/console:0.1.0-SNAPSHOT");
        assertThat(ALL.container("console").path("image").asText())
                .isEqualTo("registry.example.com/msp/demarc/console:1.2.5");
        assertThat(ALL.get("Deployment", Chart.CONSOLE).at("/spec/template/spec/imagePullSecrets/0/name").asText())
                .isEqualTo("registry-login");
    }

    @Test
    void probesHitTheQuarkusHealthEndpoints() {
        JsonNode container = DEFAULTS.container("console");

        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo("http");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
        assertThat(DEFAULTS.env("console", "QUARKUS_HTTP_PORT").path("value").asText()).isEqualTo("8080");
    }

    @Test
    void runsHardenedWithAWritableTmpOnly() {
        JsonNode pod = DEFAULTS.get("Deployment", Chart.CONSOLE).at("/spec/template/spec");
        JsonNode security = DEFAULTS.container("console").path("securityContext");

        assertThat(security.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").isBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(security.at("/capabilities/drop").toString()).isEqualTo("[\"ALL\"]");
        assertThat(security.at("/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(185);
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(pod.path("volumes")).singleElement().satisfies(volume -> {
            assertThat(volume.path("name").asText()).isEqualTo("tmp");
            assertThat(volume.at("/emptyDir/sizeLimit").asText()).isEqualTo("256Mi");
        });
        assertThat(DEFAULTS.container("console").path("volumeMounts")).singleElement()
                .satisfies(mount -> assertThat(mount.path("mountPath").asText()).isEqualTo("/tmp"));
    }

    @Test
    void hasResourcesABudgetAndAnAutoscalerLikeTheServices() {
        JsonNode container = DEFAULTS.container("console");

        assertThat(container.at("/resources/requests/cpu").asText()).isEqualTo("100m");
        assertThat(container.at("/resources/requests/memory").asText()).isEqualTo("256Mi");
        assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("512Mi");
        assertThat(DEFAULTS.get("Deployment", Chart.CONSOLE).at("/spec/replicas").isMissingNode())
                .as("the autoscaler owns the replica count").isTrue();
        JsonNode hpa = DEFAULTS.get("HorizontalPodAutoscaler", Chart.CONSOLE).path("spec");
        assertThat(hpa.at("/scaleTargetRef/name").asText()).isEqualTo(Chart.CONSOLE);
        assertThat(hpa.at("/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(hpa.path("minReplicas").asInt()).isEqualTo(2);
        assertThat(hpa.path("maxReplicas").asInt()).isEqualTo(4);
        assertThat(hpa.at("/metrics/0/resource/target/averageUtilization").asInt()).isEqualTo(70);
        JsonNode pdb = DEFAULTS.get("PodDisruptionBudget", Chart.CONSOLE).path("spec");
        assertThat(pdb.path("maxUnavailable").asInt()).isEqualTo(1);
        assertThat(pdb.at("/selector/matchLabels").toString())
                .isEqualTo("{\"app.kubernetes.io/name\":\"console\",\"app.kubernetes.io/instance\":\"demarc\"}");

        JsonNode allHpa = ALL.get("HorizontalPodAutoscaler", Chart.CONSOLE).path("spec");
        assertThat(allHpa.path("minReplicas").asInt()).isEqualTo(3);
        assertThat(allHpa.path("maxReplicas").asInt()).isEqualTo(8);
        assertThat(allHpa.at("/metrics/0/resource/target/averageUtilization").asInt()).isEqualTo(60);
        assertThat(ALL.get("PodDisruptionBudget", Chart.CONSOLE).at("/spec/maxUnavailable").asInt()).isEqualTo(2);
    }

    @Test
    void fixedReplicasWithoutAutoscalerAndBudget() {
        Manifests rendered = Chart.renderWith("""
                console:
                  replicas: 3
                  autoscaling: {enabled: false}
                  podDisruptionBudget: {enabled: false}
                """);

        assertThat(rendered.get("Deployment", Chart.CONSOLE).at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(rendered.ofKind("HorizontalPodAutoscaler")).extracting(o -> o.at("/metadata/name").asText())
                .doesNotContain(Chart.CONSOLE).hasSize(4);
        assertThat(rendered.ofKind("PodDisruptionBudget")).extracting(o -> o.at("/metadata/name").asText())
                .doesNotContain(Chart.CONSOLE).hasSize(4);
    }

    @Test
    void serviceSelectsTheConsolePodsOnPort8080() {
        JsonNode service = DEFAULTS.get("Service", Chart.CONSOLE).path("spec");
        JsonNode podLabels = DEFAULTS.get("Deployment", Chart.CONSOLE).at("/spec/template/metadata/labels");

        assertThat(service.path("type").asText()).isEqualTo("ClusterIP");
        assertThat(service.at("/ports/0/port").asInt()).isEqualTo(8080);
        assertThat(service.at("/ports/0/targetPort").asText()).isEqualTo("http");
        service.path("selector").properties().forEach(label -> assertThat(podLabels.path(label.getKey()).asText())
                .as(label.getKey()).isEqualTo(label.getValue().asText()));
        assertThat(DEFAULTS.get("Deployment", Chart.CONSOLE).at("/spec/selector/matchLabels"))
                .isEqualTo(service.path("selector"));
        assertThat(podLabels.path("app.kubernetes.io/component").asText())
                .as("not api: the services' selectors never pick the console").isEqualTo("web");
    }

    @Test
    void signsInAgainstTheServicesRealm() {
        for (Manifests rendered : List.of(DEFAULTS, ALL)) {
            for (String name : new String[]{"QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_TOKEN_ISSUER"}) {
                assertThat(rendered.env("console", name).toString()).as(name)
                        .isEqualTo(rendered.env("inventory", name).toString());
            }
        }
        assertThat(DEFAULTS.env("console", "QUARKUS_OIDC_AUTH_SERVER_URL").path("value").asText())
                .isEqualTo("http://keycloak-service.keycloak.svc:8080/realms/demarc");
        assertThat(ALL.env("console", "QUARKUS_OIDC_TOKEN_ISSUER").path("value").asText())
                .isEqualTo("https://login.example.com/realms/demarc");
    }

    @Test
    void callsEachServiceAtItsClusterServiceByDefault() {
        for (String service : Chart.SERVICES) {
            String variable = "DEMARC_" + service.toUpperCase() + "_URL";
            String url = "http://demarc-" + service + ":8080";
            assertThat(DEFAULTS.env("console", variable).path("value").asText()).as(variable).isEqualTo(url);
            assertThat(DEFAULTS.get("Service", "demarc-" + service).at("/spec/ports/0/port").asInt()).isEqualTo(8080);
        }
    }

    @Test
    void callsEveryServiceThroughTheGatewayWhenAskedTo() {
        Manifests rendered = Chart.renderWith("""
                console:
                  servicesUrl: https://demarc.example.com/
                """);

        for (String service : Chart.SERVICES) {
            assertThat(rendered.env("console", "DEMARC_" + service.toUpperCase() + "_URL").path("value").asText())
                    .as(service).isEqualTo("https://demarc.example.com");
        }
    }

    @Test
    void sessionSecretComesFromTheReferencedSecret() {
        assertThat(DEFAULTS.env("console", "DEMARC_CONSOLE_SESSION_SECRET").path("valueFrom").toString())
                .isEqualTo("{\"secretKeyRef\":{\"name\":\"demarc-console\",\"key\":\"session-secret\"}}");
        assertThat(ALL.env("console", "DEMARC_CONSOLE_SESSION_SECRET").path("valueFrom").toString())
                .isEqualTo("{\"secretKeyRef\":{\"name\":\"demarc-console-session\",\"key\":\"cookie-key\"}}");
        assertThat(ALL.env("console", "DEMARC_CONSOLE_SESSION_SECRET").has("value")).isFalse();
    }

    @Test
    void cookiesAreSecureWhenTheChartsGatewayTerminatesTls() {
        for (String name : FORCE_SECURE) {
            assertThat(ALL.env("console", name).path("value").asText()).as(name).isEqualTo("true");
        }
    }

    @Test
    void cookiesAreNotForcedSecureWithoutTls() {
        Manifests plainIngress = Chart.renderWith("ingress: {enabled: true, host: demarc.internal}");

        for (String name : FORCE_SECURE) {
            assertThat(DEFAULTS.env("console", name).isMissingNode()).as(name).isTrue();
            assertThat(plainIngress.env("console", name).isMissingNode()).as(name).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // The Ingress terminates TLS.
            "ingress: {enabled: true, tls: {secretName: demarc-tls}}",
            // Your own Gateway terminates TLS: say so.
            "{gatewayApi: {enabled: true, parentRefs: [{name: public}]}, console: {https: true}}"})
    void cookiesAreSecureBehindAnyTlsRoute(String values) {
        Manifests rendered = Chart.renderWith(values);

        for (String name : FORCE_SECURE) {
            assertThat(rendered.env("console", name).path("value").asText()).as(name).isEqualTo("true");
        }
    }

    @Test
    void httpsCanBeTurnedOffExplicitly() {
        Manifests rendered = Chart.renderWith("""
                gatewayApi: {enabled: true, gateway: {create: true, className: eg, tls: {secretName: t}}}
                console: {https: false}
                """);

        for (String name : FORCE_SECURE) {
            assertThat(rendered.env("console", name).isMissingNode()).as(name).isTrue();
        }
    }

    @Test
    void sharedAndOwnExtraEnvironmentComeLast() {
        Manifests rendered = Chart.renderWith("""
                common:
                  extraEnv: [{name: TZ, value: UTC}]
                console:
                  extraEnv: [{name: QUARKUS_LOG_LEVEL, value: DEBUG}]
                """);

        List<String> names = new ArrayList<>();
        rendered.container("console").path("env").forEach(env -> names.add(env.path("name").asText()));
        assertThat(names).endsWith("TZ", "QUARKUS_LOG_LEVEL");
        assertThat(ALL.env("console", "QUARKUS_LOG_LEVEL").path("value").asText()).isEqualTo("INFO");
    }

    @Test
    void consoleNeedsNoDatabaseNorKafka() {
        List<String> names = new ArrayList<>();
        ALL.container("console").path("env").forEach(env -> names.add(env.path("name").asText()));

        assertThat(names).noneMatch(name -> name.startsWith("QUARKUS_DATASOURCE") || name.startsWith("KAFKA_")
                || name.startsWith("QUARKUS_FLYWAY"));
        assertThat(ALL.get("Deployment", Chart.CONSOLE).at("/spec/template/spec/volumes")).hasSize(1);
    }

    @Test
    void disabledConsoleRendersNoConsoleObjectNorRoute() {
        Manifests rendered = Chart.renderWith("""
                console:
                  enabled: false
                  sessionSecret: {existingSecret: ""}
                gatewayApi: {enabled: true, hostnames: [demarc.example.com], parentRefs: [{name: public}]}
                ingress: {enabled: true}
                """);

        assertThat(rendered.text()).doesNotContain("demarc-console").doesNotContain("name: console")
                .doesNotContain("DEMARC_CONSOLE");
        assertThat(rendered.objects()).noneMatch(o -> o.at("/metadata/labels/app.kubernetes.io~1name").asText()
                .equals("console"));
        for (String kind : new String[]{"Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler",
                "NetworkPolicy"}) {
            assertThat(rendered.ofKind(kind)).as(kind).hasSize(4);
        }
        for (String service : Chart.SERVICES) {
            assertThat(rendered.get("NetworkPolicy", "demarc-" + service).at("/spec/ingress")).as(service)
                    .hasSize(1);
        }
        assertThat(rendered.get("HTTPRoute", "demarc-demarc").at("/spec/rules")).hasSize(7);
        assertThat(rendered.get("Ingress", "demarc-demarc").at("/spec/rules/0/http/paths")).hasSize(7);
    }
}
