package io.demarc.catalog.recordings;

/**
 * Resource types of account-level facts. AWS Config records only one of them itself
 * ({@code AWS::S3::AccountPublicAccessBlock}); the others are Demarc's own, in the {@code Demarc::} namespace so they
 * are never mistaken for AWS Config types. Each is one item per account (per region where the setting is regional),
 * with the account id as resource id.
 */
public final class AccountFactTypes {

    /** AWS Config's own type: S3 Block Public Access for the whole account. */
    public static final String S3_PUBLIC_ACCESS_BLOCK = "AWS::S3::AccountPublicAccessBlock";
    /** {@code GetAccountPasswordPolicy}; {@code passwordPolicyConfigured: false} when the account has none. */
    public static final String IAM_PASSWORD_POLICY = "Demarc::IAM::PasswordPolicy";
    /** {@code GetAccountSummary}: root access keys, root MFA, counts. */
    public static final String IAM_SUMMARY = "Demarc::IAM::AccountSummary";
    /** {@code GetCredentialReport}: one row per user, root included. */
    public static final String IAM_CREDENTIAL_REPORT = "Demarc::IAM::CredentialReport";
    /** {@code GetEbsEncryptionByDefault} (+ {@code GetEbsDefaultKmsKeyId}), per region. */
    public static final String EC2_EBS_ENCRYPTION_BY_DEFAULT = "Demarc::EC2::EbsEncryptionByDefault";
    /** {@code GetInstanceMetadataDefaults}, per region. */
    public static final String EC2_INSTANCE_METADATA_DEFAULTS = "Demarc::EC2::InstanceMetadataDefaults";

    private AccountFactTypes() {
    }
}
