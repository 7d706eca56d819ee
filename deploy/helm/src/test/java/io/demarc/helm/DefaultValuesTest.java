package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the default values render, and what they leave out (everything that needs a CRD or a choice). */
class DefaultValuesTest {

    private static final Manifests DEFAULTS = Chart.render();

    @Test
    void rendersTheFourServicesAndTheConsoleWithBudgetsAutoscalersAndPolicies() {
        for (String kind : new String[]{"Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler",
                "NetworkPolicy"}) {
            assertThat(DEFAULTS.ofKind(kind)).as(kind).hasSize(5);
            assertThat(DEFAULTS.get(kind, Chart.CONSOLE)).as(kind).isNotNull();
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

        // The console keeps the service's URL: its pages for that service answer "unavailable" until it is back.
        assertThat(rendered.objects()).filteredOn(o -> !o.path("kind").asText().equals("Deployment")
                || !o.at("/metadata/name").asText().equals(Chart.CONSOLE))
                .allSatisfy(o -> assertThat(o.toString()).doesNotContain("demarc-ownership")
                        .doesNotContain("ownership-service"));
        assertThat(rendered.env("console", "DEMARC_OWNERSHIP_URL").path("value").asText())
                .isEqualTo("http://demarc-ownership:8080");
        assertThat(rendered.ofKind("Deployment")).hasSize(4);
        assertThat(rendered.get("HTTPRoute", "demarc-demarc").at("/spec/parentRefs/0/name").asText())
                .isEqualTo("shared-gateway");
    }
}
