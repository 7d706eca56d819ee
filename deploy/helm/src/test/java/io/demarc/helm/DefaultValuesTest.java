package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the default values render, and what they leave out (everything that needs a CRD or a choice). */
class DefaultValuesTest {

    private static final Manifests DEFAULTS = Chart.render();

    @Test
    void rendersTheFourServicesWithBudgetsAutoscalersAndPolicies() {
        for (String kind : new String[]{"Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler",
                "NetworkPolicy"}) {
            assertThat(DEFAULTS.ofKind(kind)).as(kind).hasSize(4);
        }
    }

    @Test
    void optionalResourcesAreOff() {
        for (String kind : new String[]{"KafkaTopic", "KeycloakRealmImport", "HTTPRoute", "Gateway", "Ingress",
                "ServiceMonitor"}) {
            assertThat(DEFAULTS.ofKind(kind)).as(kind).isEmpty();
        }
    }

    @Test
    void aDisabledServiceLeavesNothingBehind() {
        Manifests rendered = Chart.renderWith("""
                services:
                  ownership:
                    enabled: false
                gatewayApi:
                  enabled: true
                  parentRefs: [{name: shared-gateway, namespace: gateway-system}]
                """);

        assertThat(rendered.text()).doesNotContain("demarc-ownership");
        assertThat(rendered.ofKind("Deployment")).hasSize(3);
        assertThat(rendered.get("HTTPRoute", "demarc-demarc").at("/spec/parentRefs/0/name").asText())
                .isEqualTo("shared-gateway");
    }
}
