package io.demarc.catalog.recordings;

/**
 * Resource types of account-level facts. AWS Config records only one of them itself
 * ({@code AWS::S3::AccountPublicAccessBlock}); the others are Demarc's, named the same way (service, then
 * {@code Account...}) because the event contract only admits {@code AWS::Service::Type}. Each is one item per
 * account, with the account id as resource id.
 */
public final class AccountFactTypes {

    /** AWS Config's own type: S3 Block Public Access for the whole account. */
    public static final String S3_PUBLIC_ACCESS_BLOCK = "AWS::S3::AccountPublicAccessBlock";
    /** {@code GetAccountPasswordPolicy}; {@code passwordPolicyConfigured: false} when the account has none. */
    public static final String IAM_PASSWORD_POLICY = "AWS::IAM::AccountPasswordPolicy";
    /** {@code GetAccountSummary}: root access keys, root MFA, counts. */
    public static final String IAM_SUMMARY = "AWS::IAM::AccountSummary";
    /** {@code GetCredentialReport}: one row per user, root included. */
    public static final String IAM_CREDENTIAL_REPORT = "AWS::IAM::AccountCredentialReport";
    /** {@code GetEbsEncryptionByDefault} (+ {@code GetEbsDefaultKmsKeyId}), per region. */
    public static final String EC2_EBS_ENCRYPTION_BY_DEFAULT = "AWS::EC2::AccountEbsEncryptionByDefault";
    /** {@code GetInstanceMetadataDefaults}, per region. */
    public static final String EC2_INSTANCE_METADATA_DEFAULTS = "AWS::EC2::AccountInstanceMetadataDefaults";

    private AccountFactTypes() {
    }
}
