package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Secrets are referenced by name and key, never rendered: no Secret objects, no sensitive env values. */
class SecretsNotRenderedTest {

    private static final Pattern SENSITIVE = Pattern.compile("PASSWORD|JAAS|SECRET|_KEY$|CREDENTIAL");

    /** The values files of a rendering: none (defaults) or everything-on.yaml. */
    private static Path[] valuesFiles(String rendering) {
        return rendering.equals("defaults") ? new Path[0] : new Path[]{Chart.EVERYTHING_ON};
    }

    @ParameterizedTest
    @ValueSource(strings = {"defaults", "everything-on"})
    void noSecretObjectIsRendered(String rendering) {
        assertThat(Chart.render(valuesFiles(rendering)).ofKind("Secret")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"defaults", "everything-on"})
    void sensitiveVariablesComeOnlyFromSecretKeyRefs(String rendering) {
        Manifests rendered = Chart.render(valuesFiles(rendering));

        for (JsonNode deployment : rendered.ofKind("Deployment")) {
            for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
                if (SENSITIVE.matcher(env.path("name").asText()).find()) {
                    assertThat(env.has("value")).as("%s has a literal value", env.path("name").asText()).isFalse();
                    assertThat(env.at("/valueFrom/secretKeyRef/name").asText()).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"defaults", "everything-on"})
    void consoleSessionSecretIsOnlyReferenced(String rendering) {
        Manifests rendered = Chart.render(valuesFiles(rendering));
        JsonNode env = rendered.env("console", "DEMARC_CONSOLE_SESSION_SECRET");

        assertThat(env.has("value")).isFalse();
        assertThat(env.at("/valueFrom/secretKeyRef/name").asText()).isNotBlank();
        assertThat(env.at("/valueFrom/secretKeyRef/key").asText()).isNotBlank();
        assertThat(rendered.text()).doesNotContainIgnoringCase("encryption-secret").doesNotContain("session-secret=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"defaults", "everything-on"})
    void noPasswordOrCredentialTextAnywhere(String rendering) {
        String text = Chart.renderText(valuesFiles(rendering));

        // A key with a scalar after it; a volume's "secret:" mapping (a reference by name) is fine.
        assertThat(text)
                .doesNotContainPattern("(?im)^[ \\t-]*(password|secret|clientSecret)[ \\t]*:[ \\t]*[^ \\t\\r\\n]")
                .doesNotContain("demarc-demo")
                .doesNotContain("\"credentials\"")
                .doesNotContain("credentials:");
    }
}
