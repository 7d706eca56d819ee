package io.demarc.catalog.library;

import static io.demarc.catalog.testdata.Items.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.demarc.catalog.engine.CelRuleEngine;
import io.demarc.catalog.engine.ObservedEvidence;
import io.demarc.catalog.engine.PreparedItem;
import io.demarc.contracts.FindingStatus;

/** Controls over the account-level facts (password policy, account summary, credential report, regional defaults). */
class AccountFactControlsTest {

    /** Key ages are judged against this date. */
    static final CelRuleEngine ENGINE = new CelRuleEngine(Library.LIBRARY,
            Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC), ObservedEvidence.ALWAYS);

    @ParameterizedTest(name = "{0} {4}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            iam-password-policy-min-length | Demarc::IAM::PasswordPolicy | {'passwordPolicyConfigured':true,'minimumPasswordLength':14} | | PASS
            iam-password-policy-min-length | Demarc::IAM::PasswordPolicy | {'passwordPolicyConfigured':true,'minimumPasswordLength':8} | | FAIL
            iam-password-policy-min-length | Demarc::IAM::PasswordPolicy | {'passwordPolicyConfigured':false} | | FAIL
            iam-password-policy-prevents-reuse | Demarc::IAM::PasswordPolicy | {'passwordReusePrevention':24} | | PASS
            iam-password-policy-prevents-reuse | Demarc::IAM::PasswordPolicy | {'passwordReusePrevention':5} | | FAIL
            iam-password-policy-expires | Demarc::IAM::PasswordPolicy | {'expirePasswords':true,'maxPasswordAge':90} | | PASS
            iam-password-policy-expires | Demarc::IAM::PasswordPolicy | {'expirePasswords':true,'maxPasswordAge':365} | | FAIL
            iam-password-policy-character-classes | Demarc::IAM::PasswordPolicy | {'requireUppercaseCharacters':true,'requireLowercaseCharacters':true,'requireNumbers':true,'requireSymbols':true} | | PASS
            iam-password-policy-character-classes | Demarc::IAM::PasswordPolicy | {'requireUppercaseCharacters':true,'requireLowercaseCharacters':true,'requireNumbers':true,'requireSymbols':false} | | FAIL
            iam-root-no-access-keys | Demarc::IAM::AccountSummary | {'accountAccessKeysPresent':0} | | PASS
            iam-root-no-access-keys | Demarc::IAM::AccountSummary | {'accountAccessKeysPresent':1} | | FAIL
            iam-root-mfa-enabled | Demarc::IAM::AccountSummary | {'accountMFAEnabled':1} | | PASS
            iam-root-mfa-enabled | Demarc::IAM::AccountSummary | {'accountMFAEnabled':0} | | FAIL
            iam-user-console-mfa | Demarc::IAM::CredentialReport | {'users':[{'user':'<root_account>','password_enabled':'not_supported','mfa_active':'false'},{'user':'ann','password_enabled':'true','mfa_active':'true'},{'user':'bot','password_enabled':'false','mfa_active':'false'}]} | | PASS
            iam-user-console-mfa | Demarc::IAM::CredentialReport | {'users':[{'user':'ann','password_enabled':'true','mfa_active':'false'}]} | | FAIL
            iam-access-keys-rotated-90-days | Demarc::IAM::CredentialReport | {'users':[{'user':'ann','access_key_1_active':'true','access_key_1_last_rotated':'2026-10-01T08:00:00+00:00','access_key_2_active':'false','access_key_2_last_rotated':'N/A'}]} | | PASS
            iam-access-keys-rotated-90-days | Demarc::IAM::CredentialReport | {'users':[{'user':'ann','access_key_1_active':'true','access_key_1_last_rotated':'2025-01-01T08:00:00+00:00'}]} | | FAIL
            ec2-ebs-encryption-by-default | Demarc::EC2::EbsEncryptionByDefault | {'ebsEncryptionByDefault':true} | | PASS
            ec2-ebs-encryption-by-default | Demarc::EC2::EbsEncryptionByDefault | {'ebsEncryptionByDefault':false} | | FAIL
            ec2-imdsv2-account-default | Demarc::EC2::InstanceMetadataDefaults | {'httpTokens':'required'} | | PASS
            ec2-imdsv2-account-default | Demarc::EC2::InstanceMetadataDefaults | {'httpTokens':'optional'} | | FAIL
            """)
    void decides(String controlId, String resourceType, String configuration, String supplementary,
            FindingStatus expected) {
        var evaluation = ENGINE.evaluate(Library.control(controlId),
                PreparedItem.of(item(resourceType, "123456789012", configuration)));

        assertThat(evaluation.status()).as(evaluation.message()).isEqualTo(expected);
        assertThat(evaluation.evidence().observed().toString()).doesNotContain("evidenceError");
    }
}
