package io.demarc.catalog.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.controls.FormerAndShipped.Former;
import io.demarc.catalog.controls.FormerAndShipped.Outcomes;
import io.demarc.contracts.FindingStatus;

/**
 * The two public-access-block controls, rewritten from an {@code all} over the four setting names to four field
 * tests, decide as before on every well-formed block.
 */
class S3PublicAccessBlockControlsTest {

    static final String SETTINGS = "['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets']";
    static final Former FORMER_BUCKET = new Former(
            "cel.bind(s, has(item.supplementaryConfiguration) ? item.supplementaryConfiguration : {},"
                    + " has(s.PublicAccessBlockConfiguration) && " + SETTINGS
                    + ".all(k, k in s.PublicAccessBlockConfiguration"
                    + " && s.PublicAccessBlockConfiguration[k] == true))",
            null, null);
    static final Former FORMER_ACCOUNT = new Former(
            "cel.bind(c, has(item.configuration) ? item.configuration : {}, " + SETTINGS
                    + ".all(k, k in c && c[k] == true))",
            null, null);

    static final String ALL_TRUE = "{'blockPublicAcls':true,'ignorePublicAcls':true,'blockPublicPolicy':true,"
            + "'restrictPublicBuckets':true}";

    @TempDir
    static Path folder;

    static FormerAndShipped bucket;
    static FormerAndShipped account;

    @BeforeAll
    static void load() {
        bucket = FormerAndShipped.load(folder, "s3-bucket-public-access-block", FORMER_BUCKET);
        account = FormerAndShipped.load(folder, "s3-account-public-access-block", FORMER_ACCOUNT);
    }

    static Outcomes bucketWithBlock(String block) {
        return bucket.evaluate("{'name':'b'}", "{'PublicAccessBlockConfiguration':" + block + "}");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            PASS | {'blockPublicAcls':true,'ignorePublicAcls':true,'blockPublicPolicy':true,'restrictPublicBuckets':true}
            PASS | {'blockPublicAcls':true,'ignorePublicAcls':true,'blockPublicPolicy':true,'restrictPublicBuckets':true,'other':false}
            FAIL | {'blockPublicAcls':false,'ignorePublicAcls':true,'blockPublicPolicy':true,'restrictPublicBuckets':true}
            FAIL | {'blockPublicAcls':true,'ignorePublicAcls':false,'blockPublicPolicy':true,'restrictPublicBuckets':true}
            FAIL | {'blockPublicAcls':true,'ignorePublicAcls':true,'blockPublicPolicy':false,'restrictPublicBuckets':true}
            FAIL | {'blockPublicAcls':true,'ignorePublicAcls':true,'blockPublicPolicy':true,'restrictPublicBuckets':false}
            FAIL | {'ignorePublicAcls':true,'blockPublicPolicy':true,'restrictPublicBuckets':true}
            FAIL | {'blockPublicAcls':true,'ignorePublicAcls':true,'blockPublicPolicy':true}
            FAIL | {'blockPublicAcls':true,'ignorePublicAcls':true,'blockPublicPolicy':true,'restrictPublicBuckets':null}
            FAIL | {'blockPublicAcls':'true','ignorePublicAcls':true,'blockPublicPolicy':true,'restrictPublicBuckets':true}
            FAIL | {'blockPublicAcls':'true','ignorePublicAcls':'true','blockPublicPolicy':'true','restrictPublicBuckets':'true'}
            FAIL | {'blockPublicAcls':1,'ignorePublicAcls':true,'blockPublicPolicy':true,'restrictPublicBuckets':true}
            FAIL | {'blockPublicAcls':[true],'ignorePublicAcls':true,'blockPublicPolicy':true,'restrictPublicBuckets':true}
            FAIL | {}
            """)
    void decideAsTheFormerAll(FindingStatus expected, String block) {
        bucketWithBlock(block).bothAre(expected, "bucket " + block);
        account.evaluate(block).bothAre(expected, "account " + block);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'BucketPolicy':{'policyText':null}}", "{'PublicAccessBlockConfiguration':null}"})
    void aBucketWithoutABlockFailsAsBefore(String supplementary) {
        bucket.evaluate("{'name':'b'}", supplementary).bothAre(FindingStatus.FAIL, supplementary);
    }

    /**
     * A block that is not a map: the former {@code k in block} could not read a string or a number and a list of
     * names made {@code block[k]} unreadable, so it reported ERROR. The rewrite checks the type first and FAILs: the
     * bucket is not shown to block public access, and an unreadable block is no proof that it does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"'enabled'", "true",
            "['blockPublicAcls','ignorePublicAcls','blockPublicPolicy','restrictPublicBuckets']"})
    void aBlockThatIsNotAMapNowFailsWhereTheFormerErred(String block) {
        Outcomes outcomes = bucketWithBlock(block);

        assertThat(outcomes.former().status()).isEqualTo(FindingStatus.ERROR);
        assertThat(outcomes.shipped().status()).isEqualTo(FindingStatus.FAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "['blockPublicAcls']"})
    void aBlockThatIsAListWithoutEverySettingFailsAsBefore(String block) {
        bucketWithBlock(block).bothAre(FindingStatus.FAIL, block);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'not a configuration'", "5",
            "['blockPublicAcls','ignorePublicAcls','blockPublicPolicy','restrictPublicBuckets']"})
    void anAccountConfigurationThatIsNotAMapIsAnErrorAsBefore(String configuration) {
        account.evaluate(configuration).bothAre(FindingStatus.ERROR, configuration);
    }

    /**
     * An account configuration that is a list lacking a setting name: the former {@code k in c} read it as a list and
     * found the name missing (FAIL); the field tests cannot select fields of a list (ERROR). Either way the account is
     * not shown to block public access; ERROR says more truthfully that the record could not be read.
     */
    @ParameterizedTest
    @ValueSource(strings = {"[]", "['blockPublicAcls']"})
    void anAccountConfigurationThatIsAListIsNowAnErrorWhereTheFormerFailed(String configuration) {
        Outcomes outcomes = account.evaluate(configuration);

        assertThat(outcomes.former().status()).isEqualTo(FindingStatus.FAIL);
        assertThat(outcomes.shipped().status()).isEqualTo(FindingStatus.ERROR);
    }
}
