package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** values.schema.json refuses bad values at install time, naming the value and what was expected. */
class SchemaTest {

    @Test
    void replicasMustBeAnInteger() {
        assertRefused("""
                services:
                  inventory:
                    replicas: two
                """, "replicas", "integer");
    }

    @Test
    void kafkaBootstrapServersAreRequired() {
        assertRefused("""
                kafka:
                  bootstrapServers: null
                """, "bootstrapServers");
    }

    @Test
    void kafkaBootstrapServersMustBeHostPortPairs() {
        assertRefused("""
                kafka:
                  bootstrapServers: "kafka.example.com"
                """, "bootstrapServers");
    }

    @Test
    void imageTagMustBeAString() {
        assertRefused("""
                services:
                  assessment:
                    image:
                      tag: 2
                """, "tag", "string");
    }

    @Test
    void kafkaSecurityProtocolMustBeKnown() {
        assertRefused("""
                kafka:
                  securityProtocol: TLS
                """, "securityProtocol");
    }

    @Test
    void misspelledTopLevelKeyIsRefused() {
        assertRefused("""
                networkPolicies:
                  enabled: false
                """, "networkPolicies");
    }

    @Test
    void saslWithoutItsSecretIsRefusedWithTheValueToSet() {
        assertRefused("""
                kafka:
                  securityProtocol: SASL_SSL
                """, "kafka.sasl.jaasConfigSecret");
    }

    @Test
    void organizationManagementWithoutItsSecretIsRefused() {
        assertRefused("""
                keycloak:
                  organizations:
                    enabled: true
                """, "existingSecret");
    }

    @Test
    void mspPrincipalMustBeAnIamArn() {
        assertRefused("""
                aws:
                  mspPrincipalArn: my-collector
                """, "aws.mspPrincipalArn");
    }

    @Test
    void enabledConsoleWithoutItsSessionSecretReferenceIsRefused() {
        assertRefused("""
                console:
                  sessionSecret:
                    existingSecret: ""
                """, "console.sessionSecret.existingSecret");
    }

    @Test
    void enabledConsoleWithTheSessionSecretReferenceRemovedIsRefused() {
        assertRefused("""
                console:
                  sessionSecret:
                    existingSecret: null
                """, "console.sessionSecret", "existingSecret is required");
    }

    @Test
    void sessionSecretKeyMustNotBeEmpty() {
        assertRefused("""
                console:
                  sessionSecret:
                    key: ""
                """, "console.sessionSecret.key");
    }

    @Test
    void sessionSecretIsAReferenceNotAValue() {
        assertRefused("""
                console:
                  sessionSecret:
                    value: my-session-secret
                """, "value");
    }

    @Test
    void disabledConsoleNeedsNoSessionSecret() {
        assertThat(Chart.renderTextWith("""
                console:
                  enabled: false
                  sessionSecret:
                    existingSecret: ""
                """)).doesNotContain("DEMARC_CONSOLE_SESSION_SECRET");
    }

    @Test
    void consoleServicesUrlMustBeAnHttpUrl() {
        assertRefused("""
                console:
                  servicesUrl: demarc.example.com
                """, "servicesUrl");
    }

    @Test
    void consoleHttpsIsAutoTrueOrFalse() {
        assertRefused("""
                console:
                  https: "yes"
                """, "https");
    }

    @Test
    void consoleReplicasMustBeAnInteger() {
        assertRefused("""
                console:
                  replicas: two
                """, "replicas", "integer");
    }

    @Test
    void misspelledConsoleKeyIsRefused() {
        assertRefused("""
                console:
                  sessionSecrets: {existingSecret: demarc-console}
                """, "sessionSecrets");
    }

    private static void assertRefused(String values, String... messageParts) {
        assertThatThrownBy(() -> Chart.renderTextWith(values))
                .isInstanceOf(IllegalStateException.class)
                .message()
                .contains(messageParts);
    }
}
