package io.demarc.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ComponentSelectionTest {

    @Test
    void infraMeansTheThreeInfrastructureComponentsInStartOrder() {
        assertThat(ComponentSelection.parse(List.of("infra")).names()).containsExactly("postgres", "kafka",
                "keycloak");
    }

    @Test
    void namesAreSortedIntoStartOrderWhateverTheInputOrder() {
        assertThat(ComponentSelection.parse(List.of("inventory,keycloak", "POSTGRES")).names())
                .containsExactly("postgres", "keycloak", "inventory");
    }

    @Test
    void moduleNamesAreAccepted() {
        assertThat(ComponentSelection.parse(List.of("reporting-service")).names()).containsExactly("reporting");
    }

    @Test
    void servicesGroupAndAll() {
        assertThat(ComponentSelection.parse(List.of("services")).names()).containsExactly("inventory", "ownership",
                "assessment", "reporting");
        assertThat(ComponentSelection.parse(List.of("all")).isEverything()).isTrue();
    }

    @Test
    void theConsoleStartsLastAndIsNotOneOfTheServices() {
        assertThat(ComponentSelection.allNames()).last().isEqualTo("console");
        assertThat(ComponentSelection.parse(List.of("console,infra")).names()).containsExactly("postgres", "kafka",
                "keycloak", "console");
        assertThat(ComponentSelection.parse(List.of("services")).includes("console")).isFalse();
    }

    @Test
    void unknownNamesAreRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> ComponentSelection.parse(List.of("redis")))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("'redis'")
                .hasMessageContaining("postgres, kafka, keycloak");
    }

    @Test
    void emptySelectionIsRejected() {
        assertThatThrownBy(() -> ComponentSelection.parse(List.of(" , "))).isInstanceOf(LauncherException.class);
    }
}
