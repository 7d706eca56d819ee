package io.demarc.catalog.library;

import static io.demarc.catalog.library.Library.item;
import static io.demarc.catalog.library.Library.status;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.demarc.contracts.FindingStatus;

/** The IAM, CloudTrail, KMS and GuardDuty controls on hand-made items. */
class IdentityAuditAndKeyControlsTest {

    @ParameterizedTest(name = "{0}: {4} for {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            iam-policy-no-admin | AWS::IAM::Policy | {'policyName':'p','attachmentCount':1,'policyVersionList':[{'versionId':'v2','isDefaultVersion':true,'document':{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'s3:GetObject','Resource':'*'}]}},{'versionId':'v1','isDefaultVersion':false,'document':{'Statement':[{'Effect':'Allow','Action':'*','Resource':'*'}]}}]} | | PASS
            iam-policy-no-admin | AWS::IAM::Policy | {'policyName':'p','attachmentCount':2,'policyVersionList':[{'versionId':'v1','isDefaultVersion':true,'document':{'Statement':{'Effect':'Allow','Action':['*'],'Resource':'*'}}}]} | | FAIL
            iam-policy-no-admin | AWS::IAM::Policy | {'policyName':'p','attachmentCount':2,'policyVersionList':[{'versionId':'v1','isDefaultVersion':true,'document':[{'Statement':[{'Effect':'Deny','Action':'*','Resource':'*'},{'Effect':'Allow','Action':'*','Resource':['*']}]}]}]} | | FAIL
            iam-policy-no-admin | AWS::IAM::Policy | {'policyName':'p','attachmentCount':0,'policyVersionList':[{'versionId':'v1','isDefaultVersion':true,'document':{'Statement':[{'Effect':'Allow','Action':'*','Resource':'*'}]}}]} | | NOT_APPLICABLE
            iam-policy-no-admin | AWS::IAM::Policy | {'policyName':'p','attachmentCount':1,'policyVersionList':[{'versionId':'v1','isDefaultVersion':true,'document':'%7B%22Statement%22%3A%5B%5D%7D'}]} | | NOT_APPLICABLE
            iam-principal-no-inline-admin | AWS::IAM::User | {'userName':'u','userPolicyList':[{'policyName':'read','policyDocument':{'Statement':[{'Effect':'Allow','Action':['s3:Get*'],'Resource':['*']}]}}]} | | PASS
            iam-principal-no-inline-admin | AWS::IAM::User | {'userName':'u','userPolicyList':[{'policyName':'god','policyDocument':{'Statement':[{'Effect':'Allow','Action':'*','Resource':'*'}]}}]} | | FAIL
            iam-principal-no-inline-admin | AWS::IAM::Role | {'roleName':'r','rolePolicyList':[{'policyName':'god','policyDocument':[{'Statement':[{'Effect':'Allow','Action':'*','Resource':'*'}]}]}]} | | FAIL
            iam-principal-no-inline-admin | AWS::IAM::Group | {'groupName':'g','groupPolicyList':[]} | | PASS
            iam-principal-no-administrator-access | AWS::IAM::Group | {'groupName':'g','attachedManagedPolicies':[{'policyName':'ReadOnlyAccess','policyArn':'arn:aws:iam::aws:policy/ReadOnlyAccess'}]} | | PASS
            iam-principal-no-administrator-access | AWS::IAM::Role | {'roleName':'r','attachedManagedPolicies':[{'policyName':'AdministratorAccess','policyArn':'arn:aws:iam::aws:policy/AdministratorAccess'}]} | | FAIL
            iam-principal-no-administrator-access | AWS::IAM::User | {'userName':'u','attachedManagedPolicies':[{'policyName':'AdministratorAccess','policyArn':'arn:aws-us-gov:iam::aws:policy/AdministratorAccess'}]} | | FAIL
            iam-principal-no-administrator-access | AWS::IAM::User | {'userName':'u','attachedManagedPolicies':[{'policyName':'AdministratorAccess','policyArn':'arn:aws:iam::123456789012:policy/AdministratorAccess'}]} | | PASS
            iam-user-no-direct-policies | AWS::IAM::User | {'userName':'u','userPolicyList':[],'attachedManagedPolicies':[],'groupList':['devs']} | | PASS
            iam-user-no-direct-policies | AWS::IAM::User | {'userName':'u','attachedManagedPolicies':[{'policyName':'ReadOnlyAccess','policyArn':'arn:aws:iam::aws:policy/ReadOnlyAccess'}]} | | FAIL
            cloudtrail-trail-multi-region | AWS::CloudTrail::Trail | {'name':'t','isMultiRegionTrail':true} | | PASS
            cloudtrail-trail-multi-region | AWS::CloudTrail::Trail | {'name':'t','isMultiRegionTrail':false} | | FAIL
            cloudtrail-trail-log-file-validation | AWS::CloudTrail::Trail | {'name':'t','logFileValidationEnabled':true} | | PASS
            cloudtrail-trail-log-file-validation | AWS::CloudTrail::Trail | {'name':'t','logFileValidationEnabled':false} | | FAIL
            cloudtrail-trail-kms-encrypted | AWS::CloudTrail::Trail | {'name':'t','kmsKeyId':'arn:aws:kms:eu-west-1:123456789012:key/k'} | | PASS
            cloudtrail-trail-kms-encrypted | AWS::CloudTrail::Trail | {'name':'t'} | | FAIL
            cloudtrail-trail-cloudwatch-logs | AWS::CloudTrail::Trail | {'name':'t','cloudWatchLogsLogGroupArn':'arn:aws:logs:eu-west-1:123456789012:log-group:trail:*'} | | PASS
            cloudtrail-trail-cloudwatch-logs | AWS::CloudTrail::Trail | {'name':'t','cloudWatchLogsLogGroupArn':null} | | FAIL
            kms-key-rotation-enabled | AWS::KMS::Key | {'keyManager':'CUSTOMER','keyState':'Enabled','keySpec':'SYMMETRIC_DEFAULT','origin':'AWS_KMS'} | {'KeyRotationStatus':true} | PASS
            kms-key-rotation-enabled | AWS::KMS::Key | {'keyManager':'CUSTOMER','keyState':'Enabled','keySpec':'SYMMETRIC_DEFAULT','origin':'AWS_KMS'} | {'KeyRotationStatus':false} | FAIL
            kms-key-rotation-enabled | AWS::KMS::Key | {'keyManager':'CUSTOMER','keyState':'Enabled'} | | FAIL
            kms-key-rotation-enabled | AWS::KMS::Key | {'keyManager':'AWS','keyState':'Enabled'} | {'KeyRotationStatus':false} | NOT_APPLICABLE
            kms-key-rotation-enabled | AWS::KMS::Key | {'keyManager':'CUSTOMER','keyState':'Enabled','keySpec':'RSA_2048'} | {'KeyRotationStatus':false} | NOT_APPLICABLE
            kms-key-not-pending-deletion | AWS::KMS::Key | {'keyManager':'CUSTOMER','keyState':'Enabled'} | | PASS
            kms-key-not-pending-deletion | AWS::KMS::Key | {'keyManager':'CUSTOMER','keyState':'PendingDeletion','deletionDate':'2026-12-01T00:00:00Z'} | | FAIL
            kms-key-not-public | AWS::KMS::Key | {'keyManager':'CUSTOMER','keyState':'Enabled'} | {'Policy':{'Statement':[{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::123456789012:root'},'Action':'kms:*','Resource':'*'}]}} | PASS
            kms-key-not-public | AWS::KMS::Key | {'keyManager':'CUSTOMER','keyState':'Enabled'} | {'Policy':{'Statement':[{'Effect':'Allow','Principal':{'AWS':'*'},'Action':'kms:Decrypt','Resource':'*'}]}} | FAIL
            guardduty-detector-enabled | AWS::GuardDuty::Detector | {'Id':'d1','Enable':true} | | PASS
            guardduty-detector-enabled | AWS::GuardDuty::Detector | {'Id':'d1','Enable':false} | | FAIL
            guardduty-s3-protection | AWS::GuardDuty::Detector | {'Enable':true,'DataSources':{'S3Logs':{'Enable':true}}} | | PASS
            guardduty-s3-protection | AWS::GuardDuty::Detector | {'Enable':true,'Features':[{'Name':'S3_DATA_EVENTS','Status':'ENABLED'}]} | | PASS
            guardduty-s3-protection | AWS::GuardDuty::Detector | {'Enable':true,'DataSources':{'S3Logs':{'Enable':false}}} | | FAIL
            guardduty-s3-protection | AWS::GuardDuty::Detector | {'Enable':true} | | FAIL
            """)
    void decides(String controlId, String resourceType, String configuration, String supplementary,
            FindingStatus expected) {
        assertThat(status(controlId, item(resourceType, configuration, supplementary))).isEqualTo(expected);
    }

    @Test
    void namesTheInlinePolicyThatGrantsEverything() {
        var evaluation = Library.evaluate("iam-principal-no-inline-admin", item("AWS::IAM::User",
                "{'userPolicyList':[{'policyName':'read','policyDocument':{'Statement':[{'Effect':'Allow',"
                        + "'Action':'s3:GetObject','Resource':'*'}]}},{'policyName':'god','policyDocument':"
                        + "{'Statement':[{'Effect':'Allow','Action':'*','Resource':'*'}]}}]}",
                null));

        assertThat(evaluation.evidence().observed()).extracting(node -> node.asText()).containsExactly("god");
    }
}
