package io.demarc.catalog.controls;

import static io.demarc.catalog.testdata.TestCatalogs.control;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.engine.CelRuleEngine;
import io.demarc.catalog.engine.Evaluation;
import io.demarc.catalog.testdata.Items;
import io.demarc.catalog.testdata.TestCatalogs;
import io.demarc.contracts.FindingStatus;

/** {@code aclAllowsWorldIngress} decides as the CEL comprehension it replaced, error cases included. */
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

    @TempDir
    Path folder;

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

    private Evaluation evaluate(String expression, String configuration) {
        var library = TestCatalogs.load(folder, control("c", expression));
        return new CelRuleEngine(library).evaluate(Items.securityGroup(configuration)).get(0);
    }
}
