package io.demarc.catalog.controls;

import static io.demarc.catalog.testdata.TestCatalogs.control;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.engine.CelRuleEngine;
import io.demarc.catalog.testdata.Items;
import io.demarc.catalog.testdata.TestCatalogs;
import io.demarc.contracts.FindingStatus;

/** {@code policyDocuments} and {@code defaultVersionDocuments} find the documents the CEL filters they replaced did. */
class PolicyDocumentFunctionsTest {

    static final String ADMIN = "{'Statement':{'Effect':'Allow','Action':'*','Resource':'*'}}";
    static final String READ = "{'Statement':[{'Effect':'Allow','Action':'s3:Get*','Resource':'*'}]}";

    static final String FORMER_VERSIONS = "cel.bind(c, item.configuration, cel.bind(versions, (has(c.policyVersionList)"
            + " ? c.policyVersionList : []).filter(v, type(v) == map && has(v.document) && (!has(v.isDefaultVersion)"
            + " || v.isDefaultVersion == true)), !versions.exists(v, (type(v.document) == list ? v.document"
            + " : [v.document]).exists(doc, grantsFullAdmin(doc))) && versions.all(v, (type(v.document) == list"
            + " ? v.document : [v.document]).all(doc, type(doc) == map))))";
    static final String VERSIONS = "cel.bind(c, item.configuration, cel.bind(docs, defaultVersionDocuments("
            + "has(c.policyVersionList) ? c.policyVersionList : []), !docs.exists(doc, grantsFullAdmin(doc))"
            + " && docs.all(doc, type(doc) == map)))";
    static final String FORMER_INLINE = "cel.bind(c, item.configuration, cel.bind(inline, ((has(c.userPolicyList)"
            + " ? c.userPolicyList : []) + (has(c.rolePolicyList) ? c.rolePolicyList : [])).filter(x, type(x) == map"
            + " && has(x.policyDocument)), !inline.exists(x, (type(x.policyDocument) == list ? x.policyDocument"
            + " : [x.policyDocument]).exists(doc, grantsFullAdmin(doc)))))";
    static final String INLINE = "cel.bind(c, item.configuration, !policyDocuments((has(c.userPolicyList)"
            + " ? c.userPolicyList : []) + (has(c.rolePolicyList) ? c.rolePolicyList : []), 'policyDocument')"
            + ".exists(doc, grantsFullAdmin(doc)))";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'policyVersionList':[]}",
            "{'policyVersionList':[{'versionId':'v1','isDefaultVersion':true,'document':" + ADMIN + "}]}",
            "{'policyVersionList':[{'versionId':'v1','isDefaultVersion':false,'document':" + ADMIN + "},"
                    + "{'versionId':'v2','document':" + READ + "}]}",
            "{'policyVersionList':[{'versionId':'v1','isDefaultVersion':'yes','document':" + ADMIN + "}]}",
            "{'policyVersionList':[{'versionId':'v1','document':[" + READ + "," + ADMIN + "]}]}",
            "{'policyVersionList':[{'versionId':'v1','document':'%7B%7D'}]}",
            "{'policyVersionList':['v1', {'versionId':'v2'}]}",
            "{'policyVersionList':'v1'}"})
    void defaultVersionDocumentsDecideAsTheFormerFilter(String configuration) {
        assertThat(status(VERSIONS, configuration)).as(configuration).isEqualTo(status(FORMER_VERSIONS, configuration));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'userPolicyList':[{'policyName':'p','policyDocument':" + READ + "}]}",
            "{'userPolicyList':[{'policyName':'p','policyDocument':" + READ + "}],"
                    + "'rolePolicyList':[{'policyName':'q','policyDocument':" + ADMIN + "}]}",
            "{'userPolicyList':[{'policyName':'p','policyDocument':[" + ADMIN + "]}]}",
            "{'userPolicyList':[{'policyName':'p'}, 'q']}", "{'userPolicyList':{'policyName':'p'}}"})
    void policyDocumentsDecideAsTheFormerFilter(String configuration) {
        assertThat(status(INLINE, configuration)).as(configuration).isEqualTo(status(FORMER_INLINE, configuration));
    }

    private FindingStatus status(String expression, String configuration) {
        var library = TestCatalogs.load(folder, control("c", expression));
        return new CelRuleEngine(library).evaluate(Items.securityGroup(configuration)).get(0).status();
    }
}
