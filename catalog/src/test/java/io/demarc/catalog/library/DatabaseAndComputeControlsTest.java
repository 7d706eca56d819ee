package io.demarc.catalog.library;

import static io.demarc.catalog.library.Library.item;
import static io.demarc.catalog.library.Library.status;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.demarc.contracts.FindingStatus;

/** The RDS, Lambda and EKS controls on hand-made items. */
class DatabaseAndComputeControlsTest {

    @ParameterizedTest(name = "{0}: {4} for {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            rds-instance-storage-encrypted | AWS::RDS::DBInstance | {'engine':'postgres','storageEncrypted':true} | | PASS
            rds-instance-storage-encrypted | AWS::RDS::DBInstance | {'engine':'postgres','storageEncrypted':false} | | FAIL
            rds-instance-not-public | AWS::RDS::DBInstance | {'engine':'postgres','publiclyAccessible':false} | | PASS
            rds-instance-not-public | AWS::RDS::DBInstance | {'engine':'postgres','publiclyAccessible':true} | | FAIL
            rds-instance-backup-retention | AWS::RDS::DBInstance | {'engine':'postgres','backupRetentionPeriod':7} | | PASS
            rds-instance-backup-retention | AWS::RDS::DBInstance | {'engine':'postgres','backupRetentionPeriod':6} | | FAIL
            rds-instance-backup-retention | AWS::RDS::DBInstance | {'engine':'postgres','backupRetentionPeriod':0} | | FAIL
            rds-instance-backup-retention | AWS::RDS::DBInstance | {'engine':'aurora-mysql','dBClusterIdentifier':'c1','backupRetentionPeriod':1} | | NOT_APPLICABLE
            rds-instance-multi-az | AWS::RDS::DBInstance | {'engine':'mysql','multiAZ':true} | | PASS
            rds-instance-multi-az | AWS::RDS::DBInstance | {'engine':'mysql','multiAZ':false} | | FAIL
            rds-instance-auto-minor-upgrade | AWS::RDS::DBInstance | {'engine':'mysql','autoMinorVersionUpgrade':true} | | PASS
            rds-instance-auto-minor-upgrade | AWS::RDS::DBInstance | {'engine':'mysql','autoMinorVersionUpgrade':false} | | FAIL
            rds-instance-deletion-protection | AWS::RDS::DBInstance | {'engine':'mysql','deletionProtection':true} | | PASS
            rds-instance-deletion-protection | AWS::RDS::DBInstance | {'engine':'mysql','deletionProtection':false} | | FAIL
            rds-instance-iam-authentication | AWS::RDS::DBInstance | {'engine':'postgres','iAMDatabaseAuthenticationEnabled':true} | | PASS
            rds-instance-iam-authentication | AWS::RDS::DBInstance | {'engine':'mariadb','iAMDatabaseAuthenticationEnabled':false} | | FAIL
            rds-instance-iam-authentication | AWS::RDS::DBInstance | {'engine':'sqlserver-ex','iAMDatabaseAuthenticationEnabled':false} | | NOT_APPLICABLE
            rds-instance-log-exports | AWS::RDS::DBInstance | {'engine':'postgres','enabledCloudwatchLogsExports':['postgresql','upgrade']} | | PASS
            rds-instance-log-exports | AWS::RDS::DBInstance | {'engine':'postgres','enabledCloudwatchLogsExports':[]} | | FAIL
            rds-instance-enhanced-monitoring | AWS::RDS::DBInstance | {'engine':'postgres','monitoringInterval':60} | | PASS
            rds-instance-enhanced-monitoring | AWS::RDS::DBInstance | {'engine':'postgres','monitoringInterval':0} | | FAIL
            rds-instance-copy-tags-to-snapshots | AWS::RDS::DBInstance | {'engine':'postgres','copyTagsToSnapshot':true} | | PASS
            rds-instance-copy-tags-to-snapshots | AWS::RDS::DBInstance | {'engine':'postgres','copyTagsToSnapshot':false} | | FAIL
            rds-cluster-storage-encrypted | AWS::RDS::DBCluster | {'engine':'aurora-postgresql','storageEncrypted':true} | | PASS
            rds-cluster-storage-encrypted | AWS::RDS::DBCluster | {'engine':'aurora-postgresql','storageEncrypted':false} | | FAIL
            rds-cluster-deletion-protection | AWS::RDS::DBCluster | {'deletionProtection':true} | | PASS
            rds-cluster-deletion-protection | AWS::RDS::DBCluster | {'deletionProtection':false} | | FAIL
            rds-cluster-multi-az | AWS::RDS::DBCluster | {'multiAZ':true} | | PASS
            rds-cluster-multi-az | AWS::RDS::DBCluster | {'multiAZ':false} | | FAIL
            rds-cluster-auto-minor-upgrade | AWS::RDS::DBCluster | {'autoMinorVersionUpgrade':true} | | PASS
            rds-cluster-auto-minor-upgrade | AWS::RDS::DBCluster | {} | | FAIL
            rds-cluster-backup-retention | AWS::RDS::DBCluster | {'backupRetentionPeriod':14} | | PASS
            rds-cluster-backup-retention | AWS::RDS::DBCluster | {'backupRetentionPeriod':1} | | FAIL
            rds-cluster-iam-authentication | AWS::RDS::DBCluster | {'iamdatabaseAuthenticationEnabled':true} | | PASS
            rds-cluster-iam-authentication | AWS::RDS::DBCluster | {'iamDatabaseAuthenticationEnabled':true} | | PASS
            rds-cluster-iam-authentication | AWS::RDS::DBCluster | {'iamdatabaseAuthenticationEnabled':false} | | FAIL
            rds-cluster-copy-tags-to-snapshots | AWS::RDS::DBCluster | {'copyTagsToSnapshot':true} | | PASS
            rds-cluster-copy-tags-to-snapshots | AWS::RDS::DBCluster | {'copyTagsToSnapshot':false} | | FAIL
            rds-cluster-log-exports | AWS::RDS::DBCluster | {'enabledCloudwatchLogsExports':['audit','error']} | | PASS
            rds-cluster-log-exports | AWS::RDS::DBCluster | {'enabledCloudwatchLogsExports':[]} | | FAIL
            rds-snapshot-encrypted | AWS::RDS::DBSnapshot | {'encrypted':true} | | PASS
            rds-snapshot-encrypted | AWS::RDS::DBClusterSnapshot | {'storageEncrypted':true} | | PASS
            rds-snapshot-encrypted | AWS::RDS::DBSnapshot | {'encrypted':false} | | FAIL
            lambda-function-supported-runtime | AWS::Lambda::Function | {'functionName':'f','runtime':'python3.12'} | | PASS
            lambda-function-supported-runtime | AWS::Lambda::Function | {'functionName':'f','runtime':'python3.8'} | | FAIL
            lambda-function-supported-runtime | AWS::Lambda::Function | {'functionName':'f','runtime':'python3.9'} | | FAIL
            lambda-function-supported-runtime | AWS::Lambda::Function | {'functionName':'f','runtime':'nodejs14.x'} | | FAIL
            lambda-function-supported-runtime | AWS::Lambda::Function | {'functionName':'f','packageType':'Image'} | | NOT_APPLICABLE
            lambda-function-no-secrets-in-environment | AWS::Lambda::Function | {'functionName':'f','environment':{'variables':{'LOG_LEVEL':'info','TABLE':'orders'}}} | | PASS
            lambda-function-no-secrets-in-environment | AWS::Lambda::Function | {'functionName':'f'} | | PASS
            lambda-function-no-secrets-in-environment | AWS::Lambda::Function | {'functionName':'f','environment':{'variables':{'DB_PASSWORD':'hunter2'}}} | | FAIL
            lambda-function-no-secrets-in-environment | AWS::Lambda::Function | {'functionName':'f','environment':{'variables':{'KEY_ID':'AKIAIOSFODNN7EXAMPLE'}}} | | FAIL
            lambda-function-no-secrets-in-environment | AWS::Lambda::Function | {'functionName':'f','environment':{'variables':{'StripeApiKey':'x'}}} | | FAIL
            lambda-function-not-public | AWS::Lambda::Function | {'functionName':'f'} | | PASS
            lambda-function-not-public | AWS::Lambda::Function | {'functionName':'f'} | {'Policy':{'Statement':[{'Effect':'Allow','Principal':{'Service':'s3.amazonaws.com'},'Action':'lambda:InvokeFunction','Condition':{'ArnLike':{'AWS:SourceArn':'arn:aws:s3:::b'}}}]}} | PASS
            lambda-function-not-public | AWS::Lambda::Function | {'functionName':'f'} | {'Policy':{'Statement':[{'Effect':'Allow','Principal':'*','Action':'lambda:InvokeFunction'}]}} | FAIL
            lambda-function-not-public | AWS::Lambda::Function | {'functionName':'f'} | {'Policy':{'Statement':{'Effect':'Allow','Principal':{'AWS':['*']},'Action':'lambda:*'}}} | FAIL
            lambda-function-in-vpc | AWS::Lambda::Function | {'functionName':'f','vpcConfig':{'subnetIds':['subnet-1'],'securityGroupIds':['sg-1']}} | | PASS
            lambda-function-in-vpc | AWS::Lambda::Function | {'functionName':'f','vpcConfig':{'subnetIds':[],'securityGroupIds':[]}} | | FAIL
            eks-cluster-endpoint-not-public | AWS::EKS::Cluster | {'Name':'c','ResourcesVpcConfig':{'EndpointPublicAccess':false,'EndpointPrivateAccess':true}} | | PASS
            eks-cluster-endpoint-not-public | AWS::EKS::Cluster | {'name':'c','resourcesVpcConfig':{'endpointPublicAccess':false,'endpointPrivateAccess':true}} | | PASS
            eks-cluster-endpoint-not-public | AWS::EKS::Cluster | {'Name':'c','ResourcesVpcConfig':{'EndpointPublicAccess':true,'PublicAccessCidrs':['0.0.0.0/0']}} | | FAIL
            eks-cluster-endpoint-not-public | AWS::EKS::Cluster | {'Name':'c','ResourcesVpcConfig':{'SubnetIds':['subnet-1']}} | | FAIL
            eks-cluster-secrets-encrypted | AWS::EKS::Cluster | {'Name':'c','EncryptionConfig':[{'Resources':['secrets'],'Provider':{'KeyArn':'arn:aws:kms:eu-west-1:123456789012:key/k'}}]} | | PASS
            eks-cluster-secrets-encrypted | AWS::EKS::Cluster | {'name':'c','encryptionConfig':[{'resources':['secrets'],'provider':{'keyArn':'k'}}]} | | PASS
            eks-cluster-secrets-encrypted | AWS::EKS::Cluster | {'Name':'c'} | | FAIL
            eks-cluster-control-plane-logging | AWS::EKS::Cluster | {'Name':'c','Logging':{'ClusterLogging':{'EnabledTypes':[{'Type':'api'},{'Type':'audit'},{'Type':'authenticator'},{'Type':'controllerManager'},{'Type':'scheduler'}]}}} | | PASS
            eks-cluster-control-plane-logging | AWS::EKS::Cluster | {'name':'c','logging':{'clusterLogging':[{'types':['api','audit','authenticator','controllerManager','scheduler'],'enabled':true}]}} | | PASS
            eks-cluster-control-plane-logging | AWS::EKS::Cluster | {'Name':'c','Logging':{'ClusterLogging':{'EnabledTypes':[{'Type':'api'},{'Type':'audit'}]}}} | | FAIL
            eks-cluster-control-plane-logging | AWS::EKS::Cluster | {'name':'c','logging':{'clusterLogging':[{'types':['api','audit','authenticator','controllerManager','scheduler'],'enabled':false}]}} | | FAIL
            """)
    void decides(String controlId, String resourceType, String configuration, String supplementary,
            FindingStatus expected) {
        assertThat(status(controlId, item(resourceType, configuration, supplementary))).isEqualTo(expected);
    }

    @Test
    void namesTheDeprecationDateOfTheRuntime() {
        var evaluation = Library.evaluate("lambda-function-supported-runtime",
                item("AWS::Lambda::Function", "{'runtime':'nodejs14.x'}", null));

        assertThat(evaluation.evidence().observed().get("deprecatedSince").asText()).isEqualTo("2023-12-04");
    }

    @Test
    void listsOnlyTheSecretLookingVariables() {
        var evaluation = Library.evaluate("lambda-function-no-secrets-in-environment", item("AWS::Lambda::Function",
                "{'environment':{'variables':{'GITHUB_TOKEN':'ghp_abcdefghijklmnop','REGION':'eu-west-1'}}}", null));

        assertThat(evaluation.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(evaluation.evidence().observed()).hasSize(1);
        assertThat(evaluation.evidence().observed().get(0).asText()).isEqualTo("GITHUB_TOKEN");
    }

    @Test
    void namesTheMissingLogTypes() {
        var evaluation = Library.evaluate("eks-cluster-control-plane-logging", item("AWS::EKS::Cluster",
                "{'Logging':{'ClusterLogging':{'EnabledTypes':[{'Type':'api'},{'Type':'audit'}]}}}", null));

        assertThat(evaluation.evidence().observed().get("missing")).extracting(node -> node.asText())
                .containsExactly("authenticator", "controllerManager", "scheduler");
    }
}
