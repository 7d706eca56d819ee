package io.demarc.catalog.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.catalog.engine.CelRuleEngine;
import io.demarc.catalog.engine.Evaluation;
import io.demarc.catalog.engine.ObservedEvidence;
import io.demarc.catalog.testdata.Items;
import io.demarc.catalog.testdata.TestCatalogs;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

/**
 * A shipped control next to the CEL it was written in before Java functions replaced part of it, both loaded into one
 * test catalog and evaluated on the same item: what the tests compare to show the rewrite changed no verdict.
 */
final class FormerAndShipped {

    static final ControlLibrary SHIPPED = ControlLibrary.load();

    private static final String FORMER_ID = "former";
    private static final String SHIPPED_ID = "shipped";

    private final CelRuleEngine engine;
    private final String resourceType;

    private FormerAndShipped(CelRuleEngine engine, String resourceType) {
        this.engine = engine;
        this.resourceType = resourceType;
    }

    /**
     * The former text of a control's expressions; a null part was not rewritten and is taken from the shipped control.
     */
    record Former(String expression, String applicability, String evidence) {
    }

    /** What the former and the shipped control decided on one item. */
    record Outcomes(Evaluation former, Evaluation shipped) {

        /** Both decided {@code expected}: the shared status proves the rewrite, the expected one proves the input. */
        void bothAre(FindingStatus expected, String input) {
            assertThat(former.status()).as("former on %s: %s", input, former.message()).isEqualTo(expected);
            assertThat(shipped.status()).as("shipped on %s: %s", input, shipped.message()).isEqualTo(expected);
        }

        void sameStatus(String input) {
            assertThat(shipped.status()).as("shipped on %s: %s / former: %s", input, shipped.message(),
                    former.message()).isEqualTo(former.status());
        }

        /** The evidence expressions observed the same value (both decided, so both have evidence). */
        void sameEvidence(String input) {
            assertThat(former.evidence().observed()).as("former evidence on %s", input).isNotNull();
            assertThat(shipped.evidence().observed()).as("evidence on %s", input)
                    .isEqualTo(former.evidence().observed());
        }

        JsonNode formerEvidence() {
            return former.evidence().observed();
        }

        JsonNode shippedEvidence() {
            return shipped.evidence().observed();
        }
    }

    static FormerAndShipped load(Path folder, String controlId, Former former) {
        return load(folder, controlId, former, Clock.systemUTC());
    }

    /** Both controls cover the shipped control's first resource type; {@code clock} gives their {@code today}. */
    static FormerAndShipped load(Path folder, String controlId, Former former, Clock clock) {
        Control shipped = SHIPPED.find(controlId).orElseThrow(() -> new IllegalArgumentException(controlId));
        String type = shipped.resourceTypes().get(0);
        ObjectNode formerControl = testControl(FORMER_ID, type, or(former.expression(), shipped.expression()),
                or(former.applicability(), shipped.applicability()), or(former.evidence(), shipped.evidence()));
        ObjectNode shippedControl = testControl(SHIPPED_ID, type, shipped.expression(), shipped.applicability(),
                shipped.evidence());
        ControlLibrary library = TestCatalogs.load(folder.resolve(controlId), formerControl, shippedControl);
        return new FormerAndShipped(new CelRuleEngine(library, clock, ObservedEvidence.ALWAYS), type);
    }

    /** Both controls on an item of their resource type with the given configuration (single quotes allowed). */
    Outcomes evaluate(String configurationJson) {
        return evaluate(Items.item(resourceType, "resource-1", configurationJson));
    }

    /** Both controls on an item of their resource type with the given configuration and supplementary one. */
    Outcomes evaluate(String configurationJson, String supplementaryJson) {
        ConfigurationItem plain = Items.item(resourceType, "resource-1", configurationJson);
        return evaluate(new ConfigurationItem(plain.accountId(), plain.awsRegion(), plain.resourceType(),
                plain.resourceId(), plain.resourceName(), plain.arn(), plain.configurationItemCaptureTime(),
                plain.configurationStateId(), plain.configurationItemStatus(), Map.of(), plain.configuration(),
                Items.json(supplementaryJson)));
    }

    Outcomes evaluate(ConfigurationItem item) {
        List<Evaluation> evaluations = engine.evaluate(item);
        assertThat(evaluations).extracting(Evaluation::controlId).containsExactly(FORMER_ID, SHIPPED_ID);
        return new Outcomes(evaluations.get(0), evaluations.get(1));
    }

    private static ObjectNode testControl(String id, String type, String expression, String applicability,
            String evidence) {
        ObjectNode control = TestCatalogs.control(id, expression);
        control.putArray("resourceTypes").add(type);
        if (applicability != null) {
            control.put("applicability", applicability);
        }
        if (evidence != null) {
            control.put("evidence", evidence);
        }
        return control;
    }

    private static String or(String former, String shipped) {
        return former != null ? former : shipped;
    }
}
