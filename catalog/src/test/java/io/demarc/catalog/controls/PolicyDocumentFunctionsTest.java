package io.demarc.catalog.controls;

import static io.demarc.catalog.testdata.TestCatalogs.control;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.controls.FormerAndShipped.Former;
import io.demarc.catalog.engine.CelRuleEngine;
import io.demarc.catalog.testdata.Items;
import io.demarc.catalog.testdata.TestCatalogs;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.FindingStatus;

/**
 * {@code policyDocuments} and {@code defaultVersionDocuments} find the documents the CEL filters they replaced did;
 * {@code inlinePolicies}, {@code policyDocumentsReadable} and {@code grantsFullAdmin} of a list decide the two IAM
 * administrator controls as the concatenations, {@code all} and {@code exists} they replaced.
 */
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

    static final String INLINE_CONTROL = "iam-principal-no-inline-admin";
    static final String INLINE_LISTS = "(has(c.userPolicyList) ? c.userPolicyList : [])"
            + " + (has(c.groupPolicyList) ? c.groupPolicyList : []) + (has(c.rolePolicyList) ? c.rolePolicyList : [])";
    static final String BIND_CONFIGURATION = "cel.bind(c, has(item.configuration) ? item.configuration : {}, ";
    /** The shipped inline-admin control before inlinePolicies, policyDocumentsReadable and grantsFullAdmin(list). */
    static final Former FORMER_INLINE_CONTROL = new Former(
            BIND_CONFIGURATION + "!policyDocuments(" + INLINE_LISTS + ", 'policyDocument')"
                    + ".exists(doc, grantsFullAdmin(doc)))",
            BIND_CONFIGURATION + "policyDocuments(" + INLINE_LISTS + ", 'policyDocument').all(doc, type(doc) == map))",
            BIND_CONFIGURATION + "cel.bind(inline, (" + INLINE_LISTS + ").filter(x, type(x) == map"
                    + " && has(x.policyDocument)), inline.filter(x, (type(x.policyDocument) == list ? x.policyDocument"
                    + " : [x.policyDocument]).exists(doc, grantsFullAdmin(doc))).map(x, has(x.policyName)"
                    + " ? x.policyName : '')))");
    static final String POLICY_CONTROL = "iam-policy-no-admin";
    static final String DEFAULT_DOCUMENTS = "defaultVersionDocuments(has(c.policyVersionList)"
            + " ? c.policyVersionList : [])";
    /** The shipped policy-no-admin control before policyDocumentsReadable and grantsFullAdmin(list). */
    static final Former FORMER_POLICY_CONTROL = new Former(
            BIND_CONFIGURATION + "!" + DEFAULT_DOCUMENTS + ".exists(doc, grantsFullAdmin(doc)))",
            BIND_CONFIGURATION + "(!has(c.attachmentCount) || c.attachmentCount > 0) && " + DEFAULT_DOCUMENTS
                    + ".all(doc, type(doc) == map))",
            null);

    @TempDir
    Path folder;

    @TempDir
    static Path shippedFolder;

    /** The two shipped IAM administrator controls beside their former CEL, compiled once for the class. */
    static FormerAndShipped inlineControl;
    static FormerAndShipped policyControl;

    @BeforeAll
    static void loadShipped() {
        inlineControl = FormerAndShipped.load(shippedFolder, INLINE_CONTROL, FORMER_INLINE_CONTROL);
        policyControl = FormerAndShipped.load(shippedFolder, POLICY_CONTROL, FORMER_POLICY_CONTROL);
    }

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

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            PASS           | {}
            PASS           | {'userPolicyList':[],'groupPolicyList':[],'rolePolicyList':[]}
            PASS           | {'userPolicyList':[{'policyName':'p','policyDocument':READ}]}
            FAIL           | {'userPolicyList':[{'policyName':'p','policyDocument':ADMIN}]}
            FAIL           | {'groupPolicyList':[{'policyName':'g','policyDocument':ADMIN}]}
            FAIL           | {'rolePolicyList':[{'policyName':'r','policyDocument':ADMIN}]}
            FAIL           | {'userPolicyList':[{'policyName':'p','policyDocument':READ}],'rolePolicyList':[{'policyName':'r','policyDocument':ADMIN}]}
            FAIL           | {'userPolicyList':[{'policyName':'p','policyDocument':[READ,ADMIN]}]}
            PASS           | {'userPolicyList':[{'policyName':'p','policyDocument':{'Statement':{'Effect':'Deny','Action':'*','Resource':'*'}}}]}
            PASS           | {'userPolicyList':[{'policyName':'p','policyDocument':{'Statement':[{'Effect':'Allow','Action':'*','Resource':'arn:aws:s3:::b/*'}]}}]}
            FAIL           | {'userPolicyList':[{'policyName':'p','policyDocument':{'Statement':[{'Effect':'Allow','Action':['s3:*','*'],'Resource':['*']}]}}]}
            PASS           | {'userPolicyList':['p',{'policyName':'q'},{'policyName':'r','policyDocument':READ}]}
            FAIL           | {'userPolicyList':['p',{'policyName':'q'}],'groupPolicyList':[{'policyDocument':ADMIN}]}
            NOT_APPLICABLE | {'userPolicyList':[{'policyName':'p','policyDocument':'%7B%22Statement%22%3A%5B%5D%7D'}]}
            NOT_APPLICABLE | {'userPolicyList':[{'policyName':'p','policyDocument':'%7B%7D'}],'rolePolicyList':[{'policyName':'r','policyDocument':ADMIN}]}
            NOT_APPLICABLE | {'userPolicyList':[{'policyName':'p','policyDocument':[READ,5]}]}
            ERROR          | {'userPolicyList':{'policyName':'p','policyDocument':ADMIN}}
            ERROR          | {'userPolicyList':[],'groupPolicyList':'g'}
            ERROR          | {'rolePolicyList':5,'userPolicyList':[{'policyName':'p','policyDocument':ADMIN}]}
            """)
    void inlineAdminControlDecidesAsTheFormerConcatenation(FindingStatus expected, String configuration) {
        var outcomes = inlineControl.evaluate(documents(configuration));

        outcomes.bothAre(expected, configuration);
        if (expected == FindingStatus.PASS || expected == FindingStatus.FAIL) {
            outcomes.sameEvidence(configuration);
        }
    }

    /**
     * A configuration that is not an object (a list or a number; the ingest normalizer accepts any JSON value there)
     * cannot be judged: ERROR, as the former CEL reported, never a PASS on input nobody could read.
     */
    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{'userPolicyList':[{'policyName':'p','policyDocument':" + ADMIN + "}]}]", "5"})
    void aConfigurationThatIsNotAnObjectIsAnErrorAsBefore(String configuration) {
        var outcomes = inlineControl.evaluate(configuration);

        assertThat(outcomes.former().status()).isEqualTo(FindingStatus.ERROR);
        assertThat(outcomes.shipped().status()).isEqualTo(FindingStatus.ERROR);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            PASS           | {}
            PASS           | {'attachmentCount':1,'policyVersionList':[]}
            FAIL           | {'attachmentCount':1,'policyVersionList':[{'versionId':'v1','isDefaultVersion':true,'document':ADMIN}]}
            PASS           | {'attachmentCount':2,'policyVersionList':[{'versionId':'v1','isDefaultVersion':false,'document':ADMIN},{'versionId':'v2','isDefaultVersion':true,'document':READ}]}
            FAIL           | {'policyVersionList':[{'versionId':'v1','document':[READ,ADMIN]}]}
            FAIL           | {'policyVersionList':['v0',{'versionId':'v1'},{'versionId':'v2','document':ADMIN}]}
            NOT_APPLICABLE | {'attachmentCount':0,'policyVersionList':[{'versionId':'v1','document':ADMIN}]}
            NOT_APPLICABLE | {'policyVersionList':[{'versionId':'v1','document':'%7B%7D'}]}
            NOT_APPLICABLE | {'policyVersionList':[{'versionId':'v1','document':[ADMIN,'%7B%7D']}]}
            ERROR          | {'policyVersionList':'v1'}
            ERROR          | {'policyVersionList':{'versionId':'v1','document':ADMIN}}
            ERROR          | {'attachmentCount':'1','policyVersionList':[]}
            """)
    void policyControlDecidesAsTheFormerExists(FindingStatus expected, String configuration) {
        var outcomes = policyControl.evaluate(documents(configuration));

        outcomes.bothAre(expected, configuration);
    }

    @Test
    void grantsFullAdminOfAListIsWhetherAnyDocumentDoes() {
        assertThat(PolicyFunctions.grantsFullAdmin(List.of())).isFalse();
        assertThat(PolicyFunctions.grantsFullAdmin(List.of(json(READ), "%7B%7D", 5L, json(ADMIN)))).isTrue();
        assertThat(PolicyFunctions.grantsFullAdmin(List.of(json(READ), "%7B%7D"))).isFalse();
        // A list inside the list is not a document: defaultVersionDocuments and policyDocuments flatten one level only,
        // and the former exists called grantsFullAdmin on such an element, which is false for anything but a map.
        assertThat(PolicyFunctions.grantsFullAdmin(List.of(List.of(json(ADMIN))))).isFalse();
    }

    /** The CEL value of a test document, as the engine would hand it to a function. */
    private static Object json(String document) {
        return EventCodec.mapper().convertValue(Items.json(document), Map.class);
    }

    private static String documents(String configuration) {
        return configuration.replace("READ", READ).replace("ADMIN", ADMIN);
    }

    private FindingStatus status(String expression, String configuration) {
        var library = TestCatalogs.load(folder, control("c", expression));
        return new CelRuleEngine(library).evaluate(Items.securityGroup(configuration)).get(0).status();
    }
}
