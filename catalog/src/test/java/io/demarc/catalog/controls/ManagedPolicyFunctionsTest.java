package io.demarc.catalog.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.controls.FormerAndShipped.Former;
import io.demarc.catalog.controls.FormerAndShipped.Outcomes;
import io.demarc.contracts.FindingStatus;

/**
 * {@code awsManagedPolicyAttachments} decides the no-AdministratorAccess control as the former {@code exists} over an
 * ARN pattern, in every partition, and records what the former {@code filter} did.
 */
class ManagedPolicyFunctionsTest {

    static final String CONTROL = "iam-principal-no-administrator-access";
    static final String FORMER_CHECK = "(type(p) == map && has(p.policyArn)"
            + " && p.policyArn.endsWith(':iam::aws:policy/AdministratorAccess')"
            + " && p.policyArn.matches('^arn:aws[a-z-]*:iam::aws:policy/AdministratorAccess$'))";
    static final Former FORMER = new Former("cel.bind(c, has(item.configuration) ? item.configuration : {},"
            + " !(has(c.attachedManagedPolicies) && c.attachedManagedPolicies.exists(p, " + FORMER_CHECK + ")))", null,
            "cel.bind(c, has(item.configuration) ? item.configuration : {}, has(c.attachedManagedPolicies)"
                    + " ? c.attachedManagedPolicies.filter(p, " + FORMER_CHECK + ") : [])");
    static final String ADMIN = "{'policyName':'AdministratorAccess',"
            + "'policyArn':'arn:aws:iam::aws:policy/AdministratorAccess'}";
    static final String READ_ONLY = "{'policyName':'ReadOnlyAccess',"
            + "'policyArn':'arn:aws:iam::aws:policy/ReadOnlyAccess'}";

    @TempDir
    static Path folder;

    static FormerAndShipped control;

    @BeforeAll
    static void load() {
        control = FormerAndShipped.load(folder, CONTROL, FORMER);
    }

    static Outcomes attached(String attachments) {
        return control.evaluate("{'userName':'alice','attachedManagedPolicies':" + attachments + "}");
    }

    static String arn(String policyArn) {
        return "[{'policyName':'p','policyArn':'" + policyArn + "'}]";
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            FAIL | arn:aws:iam::aws:policy/AdministratorAccess
            FAIL | arn:aws-us-gov:iam::aws:policy/AdministratorAccess
            FAIL | arn:aws-cn:iam::aws:policy/AdministratorAccess
            FAIL | arn:aws-iso-b:iam::aws:policy/AdministratorAccess
            PASS | arn:aws:iam::123456789012:policy/AdministratorAccess
            PASS | arn:aws-us-gov:iam::123456789012:policy/AdministratorAccess
            PASS | arn:aws:iam::aws:policy/job-function/AdministratorAccess
            PASS | arn:aws:iam::aws:policy/service-role/AdministratorAccess
            PASS | arn:aws:iam::123456789012:policy/team/AdministratorAccess
            PASS | arn:aws:iam::aws:policy/AdministratorAccess-Amplify
            PASS | arn:aws:iam::aws:policy/AWSAdministratorAccess
            PASS | arn:aws:iam::aws:policy/administratoraccess
            PASS | arn:aws:iam::aws:policy/ReadOnlyAccess
            PASS | arn:aws2:iam::aws:policy/AdministratorAccess
            PASS | arn:AWS:iam::aws:policy/AdministratorAccess
            PASS | arn:aws:iam:::policy/AdministratorAccess
            PASS | arn:aws:s3:iam::aws:policy/AdministratorAccess
            PASS | xarn:aws:iam::aws:policy/AdministratorAccess
            PASS | :iam::aws:policy/AdministratorAccess
            PASS | AdministratorAccess
            PASS | arn:aws:iam::aws:policy/AdministratorAccess:iam::aws:policy/AdministratorAccess
            """)
    void judgesArnsAsTheFormerPattern(FindingStatus expected, String policyArn) {
        Outcomes outcomes = attached(arn(policyArn));

        outcomes.bothAre(expected, policyArn);
        outcomes.sameEvidence(policyArn);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            PASS  | []
            FAIL  | [ADMIN]
            PASS  | [READ_ONLY]
            FAIL  | [READ_ONLY,ADMIN]
            PASS  | [{'policyName':'AdministratorAccess'}]
            PASS  | ['arn:aws:iam::aws:policy/AdministratorAccess']
            FAIL  | ['arn:aws:iam::aws:policy/AdministratorAccess',ADMIN]
            PASS  | [{'policyArn':''}]
            ERROR | [{'policyArn':5}]
            ERROR | [{'policyArn':['arn:aws:iam::aws:policy/AdministratorAccess']}]
            ERROR | [READ_ONLY,{'policyArn':{'arn':'x'}}]
            ERROR | 'arn:aws:iam::aws:policy/AdministratorAccess'
            ERROR | 5
            """)
    void decidesAsTheFormerExists(FindingStatus expected, String attachments) {
        attached(expand(attachments)).bothAre(expected, attachments);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'attachedManagedPolicies':null}", "'not a configuration'"})
    void decidesAsTheFormerWithoutAttachments(String configuration) {
        control.evaluate(configuration).sameStatus(configuration);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[ADMIN]", "[READ_ONLY]", "[READ_ONLY,ADMIN,'x',{'policyName':'p'}]",
            "[ADMIN,{'policyArn':'arn:aws-cn:iam::aws:policy/AdministratorAccess'}]"})
    void recordsWhatTheFormerFilterDid(String attachments) {
        attached(expand(attachments)).sameEvidence(attachments);
    }

    /**
     * A map where the list belongs: the former {@code exists} iterated its keys (strings, never a match) and passed;
     * the function takes only a list, so the principal is reported as unreadable rather than compliant.
     */
    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'AdministratorAccess':" + ADMIN + "}"})
    void aMapOfAttachmentsIsNowAnErrorWhereTheFormerPassed(String attachments) {
        Outcomes outcomes = attached(attachments);

        assertThat(outcomes.former().status()).isEqualTo(FindingStatus.PASS);
        assertThat(outcomes.shipped().status()).isEqualTo(FindingStatus.ERROR);
    }

    /**
     * An ARN that is not a string beside an AdministratorAccess attachment: as the former {@code exists}, the function
     * skips the unreadable element when another matches, so the principal fails; alone, it is an error.
     */
    @ParameterizedTest
    @ValueSource(strings = {"[{'policyArn':5},ADMIN]", "[ADMIN,{'policyArn':['x']}]"})
    void aNonStringArnBesideAdministratorAccessFailsAsTheFormerDid(String attachments) {
        Outcomes outcomes = attached(expand(attachments));

        assertThat(outcomes.former().status()).isEqualTo(FindingStatus.FAIL);
        assertThat(outcomes.shipped().status()).isEqualTo(FindingStatus.FAIL);
    }

    @Test
    void aNonStringArnAloneIsAnErrorAsBefore() {
        Outcomes outcomes = attached("[{'policyArn':5}]");

        assertThat(outcomes.former().status()).isEqualTo(FindingStatus.ERROR);
        assertThat(outcomes.shipped().status()).isEqualTo(FindingStatus.ERROR);
    }

    @Test
    void matchesTheAwsManagedPolicyOfTheGivenNameOnly() {
        assertThat(
                ManagedPolicyFunctions.isAwsManagedPolicy("arn:aws:iam::aws:policy/ReadOnlyAccess", "ReadOnlyAccess"))
                .isTrue();
        assertThat(ManagedPolicyFunctions.isAwsManagedPolicy("arn:aws:iam::aws:policy/ReadOnlyAccess",
                "AdministratorAccess")).isFalse();
        assertThat(ManagedPolicyFunctions.isAwsManagedPolicy("arn:aws", "")).isFalse();
    }

    private static String expand(String attachments) {
        return attachments.replace("READ_ONLY", READ_ONLY).replace("ADMIN", ADMIN);
    }
}
