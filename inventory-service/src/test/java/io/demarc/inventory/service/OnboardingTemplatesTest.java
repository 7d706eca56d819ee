package io.demarc.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** Templates while the MSP principal is unset or malformed, and the ExternalId's shape; no Quarkus needed. */
class OnboardingTemplatesTest {

    @Test
    void refusesTemplatesWhileTheMspPrincipalIsUnset() {
        OnboardingTemplates templates = withPrincipal(Optional.empty());

        assertThatThrownBy(() -> templates.cloudFormation("acme", "x".repeat(32), OnboardingTemplates.Format.YAML))
                .isInstanceOfSatisfying(HttpProblem.class, problem -> {
                    assertThat(problem.getStatusCode()).isEqualTo(503);
                    assertThat(problem.getDetail()).contains("demarc.aws.msp-principal-arn");
                });
        assertThatThrownBy(() -> templates.stackSet("acme", "x".repeat(32), OnboardingTemplates.Format.YAML))
                .isInstanceOf(HttpProblem.class);
    }

    @Test
    void refusesAPrincipalThatIsNoIamArn() {
        OnboardingTemplates templates = withPrincipal(Optional.of("111122223333"));

        assertThatThrownBy(templates::mspPrincipal).isInstanceOfSatisfying(HttpProblem.class,
                problem -> assertThat(problem.getDetail()).contains("must be an IAM role, user or root ARN"));
        assertThat(withPrincipal(Optional.of("arn:aws-us-gov:iam::111122223333:root")).mspPrincipal())
                .isEqualTo("arn:aws-us-gov:iam::111122223333:root");
    }

    @Test
    void externalIdsAreLongRandomAndUrlSafe() {
        String first = ExternalIds.generate();

        assertThat(first).matches("[A-Za-z0-9_-]{32}");
        assertThat(ExternalIds.generate()).isNotEqualTo(first);
    }

    private static OnboardingTemplates withPrincipal(Optional<String> principal) {
        OnboardingTemplates templates = new OnboardingTemplates();
        templates.config = () -> principal;
        return templates;
    }
}
