package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.marcnuri.helm.LintResult;

class ChartLintTest {

    @Test
    void chartPassesStrictLint() {
        LintResult result = Chart.helm().lint().strict().call();

        assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
    }
}
