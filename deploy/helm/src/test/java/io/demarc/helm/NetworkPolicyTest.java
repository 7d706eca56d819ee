package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Only the gateway reaches the APIs; the services reach only Kafka, PostgreSQL, Keycloak and DNS. */
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
        assertThat(spec.path("ingress")).hasSize(1);
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
