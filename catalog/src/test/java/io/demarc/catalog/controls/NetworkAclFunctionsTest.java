package io.demarc.catalog.controls;

import static io.demarc.catalog.testdata.TestCatalogs.control;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.controls.FormerAndShipped.Former;
import io.demarc.catalog.engine.CelRuleEngine;
import io.demarc.catalog.engine.Evaluation;
import io.demarc.catalog.testdata.Items;
import io.demarc.catalog.testdata.TestCatalogs;
import io.demarc.contracts.FindingStatus;

/**
 * {@code aclAllowsWorldIngress} decides as the CEL comprehension it replaced, error cases included; the list-level
 * {@code aclWorldIngressEntries} decides and records as the {@code exists} and {@code filter} it replaced.
 */
class NetworkAclFunctionsTest {

    /** The network-ACL admin-ports expression as it was written in CEL before the Java function. */
    static final String FORMER = "cel.bind(c, item.configuration, !(has(c.entries) && c.entries.exists(e, (type(e) == map"
            + " && has(e.egress) && e.egress == false && has(e.ruleAction) && e.ruleAction.lowerAscii() == 'allow'"
            + " && ((has(e.cidrBlock) && e.cidrBlock == '0.0.0.0/0') || (has(e.ipv6CidrBlock) && e.ipv6CidrBlock == '::/0'))"
            + " && has(e.protocol) && (string(e.protocol) == '-1' || (string(e.protocol).lowerAscii() in ['6', 'tcp']"
            + " && (!has(e.portRange) || [22, 3389].exists(port, (!has(e.portRange.from) || e.portRange.from <= port)"
            + " && (!has(e.portRange.to) || e.portRange.to >= port)))))))))";
    static final String FUNCTION = "cel.bind(c, item.configuration, !(has(c.entries)"
            + " && c.entries.exists(e, aclAllowsWorldIngress(e, ['6', 'tcp'], [22, 3389]))))";

    static final String NACL_CONTROL = "ec2-nacl-admin-ports-open-world";
    /** The shipped network-ACL control's expression and evidence before aclWorldIngressEntries. */
    static final Former FORMER_NACL_CONTROL = new Former(
            "cel.bind(c, has(item.configuration) ? item.configuration : {},"
                    + " !(has(c.entries) && c.entries.exists(e, aclAllowsWorldIngress(e, ['6', 'tcp'], [22, 3389]))))",
            null,
            "cel.bind(c, has(item.configuration) ? item.configuration : {},"
                    + " has(c.entries) ? c.entries.filter(e, aclAllowsWorldIngress(e, ['6', 'tcp'], [22, 3389])) : [])");
    static final String OPEN_22 = "{'protocol':'6','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0',"
            + "'portRange':{'from':22,'to':22}}";
    static final String OPEN_80 = "{'protocol':'6','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0',"
            + "'portRange':{'from':80,'to':80}}";
    static final String UNREADABLE_22 = "{'protocol':'6','ruleAction':1,'egress':false,'cidrBlock':'0.0.0.0/0',"
            + "'portRange':{'from':22,'to':22}}";
    static final String UNREADABLE_RANGE = "{'protocol':'tcp','ruleAction':'allow','egress':false,"
            + "'ipv6CidrBlock':'::/0','portRange':'all'}";

    @TempDir
    Path folder;

    @TempDir
    static Path shippedFolder;

    /** The shipped network-ACL control beside its former CEL, compiled once for the class. */
    static FormerAndShipped naclControl;

    @BeforeAll
    static void loadShipped() {
        naclControl = FormerAndShipped.load(shippedFolder, NACL_CONTROL, FORMER_NACL_CONTROL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{'protocol':'6','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0','portRange':{'from':20,'to':25}}",
            "{'protocol':'6','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0','portRange':{'from':23,'to':3388}}",
            "{'protocol':'6','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0','portRange':{'from':3389}}",
            "{'protocol':'6','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0','portRange':{'to':21}}",
            "{'protocol':'6','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0','portRange':{'from':22.0,'to':22}}",
            "{'protocol':'TCP','ruleAction':'ALLOW','egress':false,'ipv6CidrBlock':'::/0'}",
            "{'protocol':6,'ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0'}",
            "{'protocol':'17','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0'}",
            "{'protocol':'-1','ruleAction':'allow','egress':true,'cidrBlock':'0.0.0.0/0'}",
            "{'protocol':'-1','ruleAction':'allow','egress':'false','cidrBlock':'0.0.0.0/0'}",
            "{'protocol':'-1','ruleAction':'allow','egress':false,'cidrBlock':'10.0.0.0/8'}",
            "{'protocol':'-1','ruleAction':'deny','egress':false,'cidrBlock':'0.0.0.0/0'}",
            "{'ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0'}",
            "{'protocol':'6','ruleAction':1,'egress':false,'cidrBlock':'0.0.0.0/0','portRange':{'from':80,'to':80}}",
            "{'protocol':'6','ruleAction':1,'egress':false,'cidrBlock':'0.0.0.0/0','portRange':{'from':22,'to':22}}",
            "{'protocol':'6','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0','portRange':{'from':'22','to':22}}",
            "{'protocol':'6','ruleAction':'deny','egress':false,'cidrBlock':'0.0.0.0/0','portRange':{'from':'22','to':22}}",
            "{'protocol':'6','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0','portRange':'all'}",
            "{'protocol':['6'],'ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0'}",
            "'not an entry'"})
    void decidesAsTheFormerExpression(String entry) {
        String configuration = "{'entries':[" + entry + "]}";

        Evaluation former = evaluate(FORMER, configuration);
        Evaluation function = evaluate(FUNCTION, configuration);

        assertThat(function.status()).as(entry).isEqualTo(former.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'protocol':'6','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0'}",
            "{'protocol':'-1','ruleAction':'allow','egress':false,'ipv6CidrBlock':'::/0'}"})
    void failsOnAWorldOpenAdminPort(String entry) {
        assertThat(evaluate(FUNCTION, "{'entries':[" + entry + "]}").status()).isEqualTo(FindingStatus.FAIL);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            PASS  | {}
            PASS  | {'entries':[]}
            FAIL  | {'entries':[OPEN_22]}
            PASS  | {'entries':[OPEN_80]}
            FAIL  | {'entries':[OPEN_80,OPEN_22]}
            FAIL  | {'entries':[{'protocol':'-1','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0'}]}
            PASS  | {'entries':[{'protocol':'-1','ruleAction':'allow','egress':true,'cidrBlock':'0.0.0.0/0'}]}
            PASS  | {'entries':['not an entry']}
            FAIL  | {'entries':['not an entry',OPEN_22]}
            ERROR | {'entries':[UNREADABLE_22]}
            ERROR | {'entries':[UNREADABLE_RANGE]}
            FAIL  | {'entries':[UNREADABLE_22,OPEN_22]}
            FAIL  | {'entries':[OPEN_22,UNREADABLE_RANGE]}
            ERROR | {'entries':[UNREADABLE_RANGE,OPEN_80]}
            ERROR | {'entries':[OPEN_80,UNREADABLE_22,'not an entry']}
            ERROR | {'entries':'all'}
            ERROR | {'entries':3389}
            ERROR | 'not a configuration'
            """)
    void aclWorldIngressEntriesDecidesAsTheFormerExists(FindingStatus expected, String configuration) {
        String json = entries(configuration);

        naclControl.evaluate(json).bothAre(expected, configuration);
    }

    /**
     * A map where the entries list belongs: the former {@code exists} iterated its keys (strings, so no match) and
     * passed the ACL; the function takes only a list, so the ACL is now reported as unreadable rather than compliant.
     */
    @ParameterizedTest
    @ValueSource(strings = {"{'entries':{}}", "{'entries':{'100':OPEN_22}}"})
    void entriesThatAreNotAListAreNowAnErrorWhereTheFormerPassed(String configuration) {
        var outcomes = naclControl.evaluate(entries(configuration));

        assertThat(outcomes.former().status()).isEqualTo(FindingStatus.PASS);
        assertThat(outcomes.shipped().status()).isEqualTo(FindingStatus.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'entries':[]}", "{'entries':[OPEN_22]}", "{'entries':[OPEN_80]}",
            "{'entries':[OPEN_22,OPEN_80,{'protocol':'-1','ruleAction':'ALLOW','egress':false,'ipv6CidrBlock':'::/0'}]}",
            "{'entries':['not an entry',{'protocol':'17','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0'}]}"})
    void aclWorldIngressEntriesRecordsWhatTheFormerFilterDid(String configuration) {
        naclControl.evaluate(entries(configuration)).sameEvidence(configuration);
    }

    /** Names the test entries in the tables, which would be unreadable written out. */
    private static String entries(String configuration) {
        return configuration.replace("OPEN_22", OPEN_22).replace("OPEN_80", OPEN_80)
                .replace("UNREADABLE_22", UNREADABLE_22).replace("UNREADABLE_RANGE", UNREADABLE_RANGE);
    }

    private Evaluation evaluate(String expression, String configuration) {
        var library = TestCatalogs.load(folder, control("c", expression));
        return new CelRuleEngine(library).evaluate(Items.securityGroup(configuration)).get(0);
    }
}
