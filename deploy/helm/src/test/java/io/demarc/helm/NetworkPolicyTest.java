package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Only the gateway (and the console) reach the APIs; the services reach only Kafka, PostgreSQL, Keycloak and DNS; the
 * console is reached only from the gateway and reaches only the services (or the gateway), Keycloak and DNS.
 */
class NetworkPolicyTest {

    private static final Manifests DEFAULTS = Chart.render();
    private static final Manifests ALL = Chart.render(Chart.EVERYTHING_ON);

    @ParameterizedTest
    @FieldSource("io.demarc.helm.Chart#SERVICES")
    void eachServiceIsIsolatedByDefault(String service) {
        JsonNode spec = DEFAULTS.get("NetworkPolicy", "demarc-" + service).path("spec");

        assertThat(spec.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText())
                .isEqualTo(service + "-service");
        assertThat(spec.path("policyTypes").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(spec.path("ingress")).as("the gateway and the console").hasSize(2);
        assertThat(spec.at("/ingress/0/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                .isEqualTo("gateway-system");
        assertThat(egressPorts(spec)).containsExactly("TCP/9092,TCP/9093", "TCP/5432", "TCP/8080,TCP/8443,TCP/443",
                "UDP/53,TCP/53");
    }

    @ParameterizedTest
    @FieldSource("io.demarc.helm.Chart#SERVICES")
    void configuredPeersNarrowIngressAndEgress(String service) {
        JsonNode spec = ALL.get("NetworkPolicy", "demarc-" + service).path("spec");

        assertThat(spec.at("/ingress/0/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                .isEqualTo("envoy-gateway-system");
        assertThat(spec.at("/ingress/0/from/0/podSelector/matchLabels/app.kubernetes.io~1name").asText())
                .isEqualTo("envoy");
        assertThat(spec.at("/ingress/1/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                .as("metrics scrapers").isEqualTo("monitoring");
        assertThat(egressPorts(spec)).containsExactly("TCP/9093", "TCP/5432", "TCP/8443", "UDP/53,TCP/53");
        assertThat(spec.path("egress")).allSatisfy(rule -> assertThat(rule.path("to")).isNotEmpty());
        assertThat(spec.at("/egress/1/to/0/ipBlock/cidr").asText()).isEqualTo("10.20.0.0/16");
    }

    @ParameterizedTest
    @FieldSource("io.demarc.helm.Chart#SERVICES")
    void eachServiceAdmitsTheConsolePodsOfItsRelease(String service) {
        JsonNode rule = DEFAULTS.get("NetworkPolicy", "demarc-" + service).at("/spec/ingress/1");
        JsonNode consolePod = DEFAULTS.get("Deployment", Chart.CONSOLE).at("/spec/template/metadata/labels");

        assertThat(rule.path("from")).singleElement().satisfies(peer -> {
            assertThat(peer.has("namespaceSelector")).as("same namespace").isFalse();
            JsonNode labels = peer.at("/podSelector/matchLabels");
            assertThat(labels.toString())
                    .isEqualTo("{\"app.kubernetes.io/name\":\"console\",\"app.kubernetes.io/instance\":\"demarc\"}");
            labels.properties().forEach(label -> assertThat(consolePod.path(label.getKey()).asText())
                    .isEqualTo(label.getValue().asText()));
        });
        assertThat(rule.at("/ports/0/port").asText()).isEqualTo("http");
        // everything-on: gateway, metrics scrapers, console.
        assertThat(ALL.get("NetworkPolicy", "demarc-" + service).at("/spec/ingress/2/from/0/podSelector/matchLabels"
                + "/app.kubernetes.io~1name").asText()).isEqualTo("console");
    }

    @Test
    void consoleIsReachedOnlyFromTheGateway() {
        JsonNode spec = DEFAULTS.get("NetworkPolicy", Chart.CONSOLE).path("spec");
        JsonNode narrowed = ALL.get("NetworkPolicy", Chart.CONSOLE).path("spec");

        assertThat(spec.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo("console");
        assertThat(spec.path("policyTypes").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(spec.path("ingress")).as("no metrics to scrape").singleElement().satisfies(rule -> {
            assertThat(rule.at("/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                    .isEqualTo("gateway-system");
            assertThat(rule.at("/ports/0/port").asText()).isEqualTo("http");
        });
        assertThat(narrowed.path("ingress")).singleElement().satisfies(rule -> {
            assertThat(rule.at("/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                    .isEqualTo("envoy-gateway-system");
            assertThat(rule.at("/from/0/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo("envoy");
        });
    }

    @Test
    void consoleReachesOnlyTheFourServicesKeycloakAndDns() {
        JsonNode spec = DEFAULTS.get("NetworkPolicy", Chart.CONSOLE).path("spec");
        JsonNode narrowed = ALL.get("NetworkPolicy", Chart.CONSOLE).path("spec");

        assertThat(egressPorts(spec)).containsExactly("TCP/8080", "TCP/8080,TCP/8443,TCP/443", "UDP/53,TCP/53");
        List<String> services = new ArrayList<>();
        spec.at("/egress/0/to").forEach(peer -> {
            assertThat(peer.has("namespaceSelector")).as("same namespace").isFalse();
            assertThat(peer.at("/podSelector/matchLabels/app.kubernetes.io~1instance").asText()).isEqualTo("demarc");
            services.add(peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText());
        });
        assertThat(services).containsExactlyInAnyOrder("inventory-service", "ownership-service", "assessment-service",
                "reporting-service");
        assertThat(egressPorts(narrowed)).containsExactly("TCP/8080", "TCP/8443", "UDP/53,TCP/53");
        assertThat(narrowed.path("egress")).allSatisfy(rule -> assertThat(rule.path("to")).isNotEmpty());
        assertThat(narrowed.at("/egress/1/to/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                .isEqualTo("keycloak");
    }

    @Test
    void consoleThroughTheGatewayReachesTheGatewayAndTheServicesNoLongerAdmitIt() {
        Manifests rendered = Chart.renderWith("""
                console: {servicesUrl: "https://demarc.example.com"}
                networkPolicy:
                  gateway: {namespace: envoy-gateway-system, podLabels: {app.kubernetes.io/name: envoy}}
                """);
        JsonNode egress = rendered.get("NetworkPolicy", Chart.CONSOLE).at("/spec/egress");

        assertThat(egress).hasSize(3);
        assertThat(egress.at("/0/ports").isMissingNode()).as("any port of the gateway's pods").isTrue();
        assertThat(egress.at("/0/to/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                .isEqualTo("envoy-gateway-system");
        assertThat(egress.at("/0/to/0/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo("envoy");
        assertThat(egress.toString()).doesNotContain("-service");
        for (String service : Chart.SERVICES) {
            assertThat(rendered.get("NetworkPolicy", "demarc-" + service).at("/spec/ingress")).as(service).hasSize(1);
        }

        JsonNode named = Chart.renderWith("""
                console: {servicesUrl: "https://demarc.example.com"}
                networkPolicy:
                  egress:
                    gateway:
                      ports: [10443]
                      to: [{ipBlock: {cidr: 203.0.113.10/32}}]
                """).get("NetworkPolicy", Chart.CONSOLE).at("/spec/egress/0");
        assertThat(named.at("/ports/0/port").asInt()).isEqualTo(10443);
        assertThat(named.at("/to/0/ipBlock/cidr").asText()).isEqualTo("203.0.113.10/32");
    }

    @Test
    void canBeTurnedOff() {
        assertThat(Chart.renderWith("networkPolicy: {enabled: false}").ofKind("NetworkPolicy")).isEmpty();
    }

    private static List<String> egressPorts(JsonNode spec) {
        List<String> rules = new ArrayList<>();
        for (JsonNode rule : spec.path("egress")) {
            List<String> ports = new ArrayList<>();
            rule.path("ports").forEach(p -> ports.add(p.path("protocol").asText() + "/" + p.path("port").asText()));
            rules.add(String.join(",", ports));
        }
        return rules;
    }
}
