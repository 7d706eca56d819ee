package io.demarc.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

import io.demarc.catalog.ingest.ConfigurationItemHash;
import io.demarc.contracts.ConfigurationItem;

class PreparedItemTest {

    static final ConfigurationItem GROUP = CelRuleEngineTest.GROUP;

    @Test
    void evidenceCarriesTheHashTheCallerAlreadyComputed() {
        String known = ConfigurationItemHash.sha256(GROUP);

        PreparedItem prepared = PreparedItem.of(GROUP, known);

        assertThat(prepared.sha256()).isSameAs(known).isEqualTo(PreparedItem.of(GROUP).sha256());
        assertThat(SshOpenToWorldControlTest.ENGINE.evaluate(prepared))
                .allSatisfy(evaluation -> assertThat(evaluation.evidence().itemHash()).isSameAs(known));
    }

    @Test
    void aKnownHashIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> PreparedItem.of(GROUP, null)).withMessageContaining("sha256");
    }
}
