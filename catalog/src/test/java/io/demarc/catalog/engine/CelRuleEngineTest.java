package io.demarc.catalog.engine;

import static io.demarc.catalog.testdata.TestCatalogs.control;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.demarc.catalog.controls.ControlLanguage;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.testdata.Items;
import io.demarc.catalog.testdata.TestCatalogs;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

class CelRuleEngineTest {

    @TempDir
    Path folder;

    static final ConfigurationItem GROUP = Items.securityGroup(
            "{'groupId':'sg-1','count':3,'ratio':0.5,'nothing':null,'rules':[{'port':22},{'port':443}]}");

    Evaluation evaluateOne(String expression) {
        ControlLibrary library = TestCatalogs.load(folder, control("c", expression));
        return new CelRuleEngine(library).evaluate(GROUP).get(0);
    }

    @Test
    void passesWhenTheExpressionHoldsAndFailsWhenNot() {
        assertThat(evaluateOne("item.configuration.groupId == 'sg-1'").status()).isEqualTo(FindingStatus.PASS);
        assertThat(evaluateOne("item.configuration.groupId == 'sg-2'").status()).isEqualTo(FindingStatus.FAIL);
    }

    @Test
    void seesJsonIntegersAsCelInts() {
        assertThat(evaluateOne("type(item.configuration.count) == int && item.configuration.count == 3").status())
                .isEqualTo(FindingStatus.PASS);
        assertThat(evaluateOne("type(item.configuration.ratio) == double").status()).isEqualTo(FindingStatus.PASS);
    }

    @Test
    void treatsJsonNullAsAbsent() {
        assertThat(evaluateOne("!has(item.configuration.nothing)").status()).isEqualTo(FindingStatus.PASS);
    }

    @Test
    void seesTheWholeItem() {
        assertThat(evaluateOne("item.resourceType == 'AWS::EC2::SecurityGroup' && item.accountId == '123456789012'"
                + " && item.configurationItemCaptureTime == '2026-11-01T10:00:00Z'").status())
                .isEqualTo(FindingStatus.PASS);
    }

    @Test
    void supportsTheStandardMacros() {
        assertThat(evaluateOne("item.configuration.rules.exists(r, r.port == 22)"
                + " && item.configuration.rules.all(r, r.port > 0)"
                + " && item.configuration.rules.filter(r, r.port > 100).size() == 1"
                + " && item.configuration.rules.map(r, r.port).exists_one(p, p == 443)").status())
                .isEqualTo(FindingStatus.PASS);
    }

    @Test
    void reportsAnEvaluationFailureAsErrorWithTheReason() {
        Evaluation evaluation = evaluateOne("item.configuration.missing == 1");

        assertThat(evaluation.status()).isEqualTo(FindingStatus.ERROR);
        assertThat(evaluation.message()).contains("evaluation failed").contains("missing");
        assertThat(evaluation.evidence().itemHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void stopsARunawayExpression() {
        ConfigurationItem big = Items.securityGroup("{'n':" + Collections.nCopies(400, 1) + "}");
        ControlLibrary library = TestCatalogs.load(folder,
                control("runaway", "item.configuration.n.all(a, item.configuration.n.all(b, a == b))"));

        Evaluation evaluation = new CelRuleEngine(library).evaluate(big).get(0);

        assertThat(400 * 400).isGreaterThan(ControlLanguage.MAX_ITERATIONS);
        assertThat(evaluation.status()).isEqualTo(FindingStatus.ERROR);
        assertThat(evaluation.message()).containsIgnoringCase("iteration");
    }

    @Test
    void isNotApplicableWhenTheApplicabilityConditionSaysSo() {
        ControlLibrary library = TestCatalogs.load(folder,
                control("vpc-only", "false").put("applicability", "has(item.configuration.vpcId)"));

        Evaluation evaluation = new CelRuleEngine(library).evaluate(GROUP).get(0);

        assertThat(evaluation.status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
        assertThat(evaluation.message()).contains("applicability");
    }

    @Test
    void isNotApplicableToATypeTheControlDoesNotCover() {
        ControlLibrary library = TestCatalogs.load(folder, control("c", "true"));
        ConfigurationItem bucket = Items.item("AWS::S3::Bucket", "my-bucket", "{}");

        assertThat(new CelRuleEngine(library).evaluate(bucket)).isEmpty();
        assertThat(new CelRuleEngine(library).evaluate(library.compiled().get(0), PreparedItem.of(bucket)).status())
                .isEqualTo(FindingStatus.NOT_APPLICABLE);
    }

    @Test
    void evaluatesEveryControlOfTheTypeInCatalogOrder() {
        ControlLibrary library = TestCatalogs.load(folder, control("first", "true"), control("second", "false"),
                control("bucket", "true").set("resourceTypes",
                        Items.json("['AWS::S3::Bucket']")));

        assertThat(new CelRuleEngine(library).evaluate(GROUP)).extracting(Evaluation::controlId, Evaluation::status)
                .containsExactly(tuple("first", FindingStatus.PASS),
                        tuple("second", FindingStatus.FAIL));
    }

    @Test
    void recordsWhatTheEvidenceExpressionObserved() {
        ControlLibrary library = TestCatalogs.load(folder, control("c", "true")
                .put("evidence",
                        "{'ports': item.configuration.rules.map(r, r.port), 'group': item.configuration.groupId}"));

        Evidence evidence = new CelRuleEngine(library).evaluate(GROUP).get(0).evidence();

        assertThat(evidence.observed().toString()).isEqualTo("{\"ports\":[22,443],\"group\":\"sg-1\"}");
        assertThat(evidence.toJson().get("itemCaptureTime").asText()).isEqualTo("2026-11-01T10:00:00Z");
    }

    @Test
    void recordsCelNullAsJsonNull() {
        ControlLibrary library = TestCatalogs.load(folder, control("c", "true").put("evidence", "{'key': null}"));

        Evidence evidence = new CelRuleEngine(library).evaluate(GROUP).get(0).evidence();

        assertThat(evidence.observed().toString()).isEqualTo("{\"key\":null}");
    }

    @Test
    void aBrokenEvidenceExpressionDoesNotChangeTheVerdict() {
        ControlLibrary library = TestCatalogs.load(folder,
                control("c", "true").put("evidence", "item.configuration.missing"));

        Evaluation evaluation = new CelRuleEngine(library).evaluate(GROUP).get(0);

        assertThat(evaluation.status()).isEqualTo(FindingStatus.PASS);
        assertThat(evaluation.evidence().observed().has("evidenceError")).isTrue();
    }
}
