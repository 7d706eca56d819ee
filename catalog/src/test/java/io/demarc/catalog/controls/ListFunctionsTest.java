package io.demarc.catalog.controls;

import static io.demarc.catalog.testdata.TestCatalogs.control;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.controls.FormerAndShipped.Former;
import io.demarc.catalog.controls.FormerAndShipped.Outcomes;
import io.demarc.catalog.engine.CelRuleEngine;
import io.demarc.catalog.testdata.Items;
import io.demarc.catalog.testdata.TestCatalogs;
import io.demarc.contracts.FindingStatus;

/**
 * {@code fieldValues} and {@code without} on normal and bad input, and the evidence of the two controls whose
 * {@code map} became {@code fieldValues}.
 */
class ListFunctionsTest {

    static final Former FORMER_ENI = new Former(null, null,
            "cel.bind(c, has(item.configuration) ? item.configuration : {}, has(c.networkInterfaces)"
                    + " ? c.networkInterfaces.map(n, type(n) == map && has(n.networkInterfaceId)"
                    + " ? n.networkInterfaceId : '')"
                    + " : [])");
    static final Former FORMER_DIRECT_POLICIES = new Former(null, null,
            "cel.bind(c, has(item.configuration) ? item.configuration : {}, {'inline': has(c.userPolicyList)"
                    + " ? c.userPolicyList.map(p, type(p) == map && has(p.policyName) ? p.policyName : '') : [],"
                    + " 'attached': has(c.attachedManagedPolicies) ? c.attachedManagedPolicies.map(p, type(p) == map"
                    + " && has(p.policyArn) ? p.policyArn : '') : []})");

    @TempDir
    static Path folder;

    static FormerAndShipped singleEni;
    static FormerAndShipped directPolicies;

    @BeforeAll
    static void load() {
        singleEni = FormerAndShipped.load(folder, "ec2-instance-single-eni", FORMER_ENI);
        directPolicies = FormerAndShipped.load(folder, "iam-user-no-direct-policies", FORMER_DIRECT_POLICIES);
    }

    @Test
    void fieldValuesTakesTheFieldOfEachMapHoldingIt() {
        List<Object> elements = Arrays.asList(Map.of("id", "a"), "b", Map.of("other", "c"), Map.of("id", 4L), null,
                List.of(Map.of("id", "nested")), Map.of("id", Map.of("deep", true)));

        assertThat(ListFunctions.fieldValues(elements, "id")).containsExactly("a", 4L, Map.of("deep", true));
        assertThat(ListFunctions.fieldValues(List.of(), "id")).isEmpty();
    }

    @Test
    void withoutKeepsTheOtherElementsInOrderWithDuplicates() {
        assertThat(ListFunctions.without(List.of("a", "b", "c", "b", "d"), List.of("b", "d", "z")))
                .containsExactly("a", "c");
        assertThat(ListFunctions.without(List.of("a", "a"), List.of())).containsExactly("a", "a");
        assertThat(ListFunctions.without(List.of(), List.of("a"))).isEmpty();
        assertThat(ListFunctions.without(new ArrayList<>(List.of(Map.of("k", 1))), List.of(Map.of("k", 1)))).isEmpty();
    }

    /**
     * {@code without} compares with Java's equals, not CEL's {@code in}: CEL finds 1 in [1.0], Java does not. Every
     * catalog use removes strings, where both agree; a control removing numbers would have to mind this.
     */
    @Test
    void withoutComparesNumbersByJavaEquality() {
        assertThat(ListFunctions.without(List.of(1L), List.of(1.0d))).containsExactly(1L);
    }

    @Test
    void bothRefuseAValueThatIsNotAList() {
        assertThatThrownBy(() -> ListFunctions.fieldValues("eni-1", "id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListFunctions.fieldValues(Map.of("id", "x"), "id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListFunctions.fieldValues(null, "id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListFunctions.without("api", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListFunctions.without(List.of("api"), "api"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            PASS  | size(fieldValues(item.configuration.list, 'id')) == 2
            PASS  | fieldValues(item.configuration.list, 'id') == ['a', 'c']
            PASS  | fieldValues(item.configuration.list, 'missing') == []
            ERROR | size(fieldValues(item.configuration.text, 'id')) == 0
            ERROR | size(fieldValues(item.configuration.map, 'id')) == 0
            PASS  | without(['a', 'b', 'c'], fieldValues(item.configuration.list, 'id')) == ['b']
            PASS  | without(fieldValues(item.configuration.list, 'id'), []) == ['a', 'c']
            ERROR | size(without(item.configuration.text, [])) == 0
            ERROR | size(without(['a'], item.configuration.map)) == 0
            """)
    void decideInTheControlLanguage(FindingStatus expected, String expression) {
        var library = TestCatalogs.load(folder.resolve("language"), control("c", expression));
        var configuration = Items.securityGroup(
                "{'list':[{'id':'a'},'b',{'id':'c'},{'other':'d'}],'text':'a,b','map':{'id':'a'}}");

        assertThat(new CelRuleEngine(library).evaluate(configuration).get(0).status()).as(expression)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'networkInterfaces':[]}", "{'networkInterfaces':[{'networkInterfaceId':'eni-1'}]}",
            "{'networkInterfaces':[{'networkInterfaceId':'eni-1','attachment':{'deviceIndex':0}},"
                    + "{'networkInterfaceId':'eni-2','attachment':{'deviceIndex':1}}]}"})
    void singleEniRecordsWhatTheFormerMapDid(String configuration) {
        Outcomes outcomes = singleEni.evaluate(configuration);

        outcomes.sameStatus(configuration);
        outcomes.sameEvidence(configuration);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'userPolicyList':[],'attachedManagedPolicies':[]}",
            "{'userPolicyList':[{'policyName':'p','policyDocument':{}}]}",
            "{'userPolicyList':[{'policyName':'p'},{'policyName':'q'}],'attachedManagedPolicies':"
                    + "[{'policyName':'ReadOnlyAccess','policyArn':'arn:aws:iam::aws:policy/ReadOnlyAccess'}]}"})
    void directPoliciesRecordsWhatTheFormerMapDid(String configuration) {
        Outcomes outcomes = directPolicies.evaluate(configuration);

        outcomes.sameStatus(configuration);
        outcomes.sameEvidence(configuration);
    }

    /**
     * Elements that are not maps or lack the field: the former {@code map} wrote '' in their place, fieldValues leaves
     * them out. Only the evidence differs, never the decision; the ids listed are the ones that exist.
     */
    @Test
    void evidenceLeavesOutElementsWithoutTheField() {
        Outcomes eni = singleEni
                .evaluate("{'networkInterfaces':['eni-0',{'networkInterfaceId':'eni-1'},{'status':'in-use'}]}");
        Outcomes policies = directPolicies.evaluate("{'userPolicyList':['p',{'policyName':'q'}],"
                + "'attachedManagedPolicies':[{'policyName':'ReadOnlyAccess'}]}");

        eni.bothAre(FindingStatus.FAIL, "three interfaces");
        assertThat(eni.formerEvidence()).hasToString("[\"\",\"eni-1\",\"\"]");
        assertThat(eni.shippedEvidence()).hasToString("[\"eni-1\"]");
        policies.bothAre(FindingStatus.FAIL, "direct policies");
        assertThat(policies.formerEvidence()).hasToString("{\"inline\":[\"\",\"q\"],\"attached\":[\"\"]}");
        assertThat(policies.shippedEvidence()).hasToString("{\"inline\":[\"q\"],\"attached\":[]}");
    }

    /**
     * Interfaces as a map: the decision is unchanged ({@code size} of a map), but where the former {@code map} listed
     * '' per key, fieldValues refuses the value and the evidence records the error instead.
     */
    @Test
    void evidenceOfInterfacesThatAreNotAListIsAnError() {
        Outcomes outcomes = singleEni.evaluate("{'networkInterfaces':{'0':{'networkInterfaceId':'eni-1'}}}");

        outcomes.bothAre(FindingStatus.PASS, "a map of interfaces");
        assertThat(outcomes.formerEvidence()).hasToString("[\"\"]");
        assertThat(outcomes.shippedEvidence().has("evidenceError")).isTrue();
    }
}
