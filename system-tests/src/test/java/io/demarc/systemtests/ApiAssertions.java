package io.demarc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.demarc.systemtests.StackClient.Answer;

/** Assertions on answers that every service gives alike. */
final class ApiAssertions {

    private ApiAssertions() {
    }

    /** Another tenant's path: 404 problem+json, telling nothing about what exists there. */
    static void assertNotFound(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
