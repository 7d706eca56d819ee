package io.demarc.catalog.responsibility;

import static io.demarc.catalog.responsibility.Side.AWS;
import static io.demarc.catalog.responsibility.Side.CUSTOMER;
import static io.demarc.catalog.responsibility.Side.SHARED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facts of the shared responsibility model that the shipped data must hold. Patch management is one of AWS's
 * shared controls, not a domain: it spans {@code host-os} (always AWS's), {@code guest-os-patching},
 * {@code platform-runtime} and {@code application-code} (always the customer's), so it is SHARED for every type while
 * the guest OS of an EC2 instance, with its patches, is the customer's alone.
 */
class ModelFactsTest {

    private static final ResponsibilityModel MODEL = ResponsibilityModel.load();
    private static final String EC2 = "AWS::EC2::Instance";
    private static final String RDS = "AWS::RDS::DBInstance";
    private static final String LAMBDA = "AWS::Lambda::Function";

    @Test
    void physicalSecurityAndTheHardwareUnderneathAreAwsForEveryType() {
        for (ResourceType type : MODEL.types()) {
            for (String domain : List.of("physical-environmental", "hardware-global-network", "virtualization",
                    "host-os")) {
                Responsibility r = responsibility(type.type(), domain);
                assertThat(r.side()).as(type.type() + " " + domain).isEqualTo(AWS);
                assertThat(r.controlClass()).isEqualTo(ControlClass.INHERITED);
            }
        }
    }

    @ParameterizedTest(name = "EC2 instance: {0} is {1}")
    @CsvSource({
            "guest-os-patching, CUSTOMER", "platform-runtime, CUSTOMER", "network-configuration, CUSTOMER",
            "application-code, CUSTOMER", "identity-access, CUSTOMER", "encryption-at-rest, CUSTOMER",
            "backup-recovery, CUSTOMER", "host-os, AWS", "virtualization, AWS"})
    void ec2GuestOsPatchingAndFirewallRulesAreTheCustomers(String domain, Side side) {
        assertThat(MODEL.type(EC2).orElseThrow().model()).isEqualTo(ServiceModel.IAAS);
        assertThat(side(EC2, domain)).isEqualTo(side);
        assertThat(side("AWS::EC2::SecurityGroup", "network-configuration")).isEqualTo(CUSTOMER);
        assertThat(side("AWS::EC2::NetworkAcl", "network-configuration")).isEqualTo(CUSTOMER);
    }

    @ParameterizedTest(name = "RDS {0}: {1} is {2}")
    @CsvSource({
            "AWS::RDS::DBInstance, host-os, AWS", "AWS::RDS::DBInstance, guest-os-patching, AWS",
            "AWS::RDS::DBInstance, platform-runtime, AWS", "AWS::RDS::DBCluster, platform-runtime, AWS",
            "AWS::RDS::DBInstance, identity-access, CUSTOMER", "AWS::RDS::DBInstance, credentials-mfa, CUSTOMER",
            "AWS::RDS::DBInstance, data-classification, CUSTOMER", "AWS::RDS::DBInstance, encryption-at-rest, CUSTOMER",
            "AWS::RDS::DBCluster, encryption-at-rest, CUSTOMER",
            "AWS::RDS::DBInstance, network-configuration, CUSTOMER"})
    void rdsRunsTheHostAndEngineWhileUsersAccessAndEncryptionAreTheCustomers(String type, String domain, Side side) {
        assertThat(MODEL.type(type).orElseThrow().model()).isEqualTo(ServiceModel.PAAS);
        assertThat(side(type, domain)).isEqualTo(side);
    }

    @ParameterizedTest(name = "Lambda: {0} is {1}")
    @CsvSource({
            "hardware-global-network, AWS", "host-os, AWS", "guest-os-patching, AWS", "platform-runtime, AWS",
            "application-code, CUSTOMER", "identity-access, CUSTOMER", "secrets-management, CUSTOMER"})
    void lambdaRunsInfrastructureRuntimeAndEnvironmentWhileCodeRoleAndVariablesAreTheCustomers(String domain,
            Side side) {
        // identity-access holds the execution role; secrets-management the environment variables' secrets.
        assertThat(MODEL.type(LAMBDA).orElseThrow().model()).isEqualTo(ServiceModel.SERVERLESS);
        assertThat(side(LAMBDA, domain)).isEqualTo(side);
    }

    @Test
    void s3HasNoOperatingSystemOfTheCustomers() {
        for (String domain : List.of("host-os", "guest-os-patching", "platform-runtime")) {
            assertThat(side("AWS::S3::Bucket", domain)).as(domain).isEqualTo(AWS);
        }
        assertThat(side("AWS::S3::Bucket", "data-classification")).isEqualTo(CUSTOMER);
        assertThat(side("AWS::S3::Bucket", "identity-access")).isEqualTo(CUSTOMER);
    }

    @Test
    void eksSplitsTheControlPlaneFromTheNodes() {
        Responsibility controlPlane = responsibility("AWS::EKS::Cluster", "platform-runtime");
        assertThat(MODEL.type("AWS::EKS::Cluster").orElseThrow().model()).isEqualTo(ServiceModel.PAAS);
        assertThat(side("AWS::EKS::Cluster", "guest-os-patching")).isEqualTo(AWS);
        assertThat(controlPlane.side()).isEqualTo(SHARED);
        assertThat(controlPlane.overridden()).isTrue();
        assertThat(controlPlane.customer()).contains("Kubernetes version");

        assertThat(MODEL.type("AWS::EKS::Nodegroup").orElseThrow().model()).isEqualTo(ServiceModel.IAAS);
        assertThat(side("AWS::EKS::Nodegroup", "guest-os-patching")).isEqualTo(SHARED);
        assertThat(side("AWS::EKS::Nodegroup", "network-configuration")).isEqualTo(CUSTOMER);
    }

    @Test
    void patchManagementConfigurationManagementAndAwarenessAreSharedForEveryType() {
        assertThat(MODEL.sharedControls()).extracting(SharedControl::id)
                .containsExactlyInAnyOrder("patch-management", "configuration-management", "awareness-training");
        SharedControl patching = MODEL.sharedControls().stream().filter(c -> c.id().equals("patch-management"))
                .findFirst().orElseThrow();
        assertThat(patching.aws()).contains("infrastructure");
        assertThat(patching.customer()).contains("guest operating systems").contains("applications");
        for (ResourceType type : MODEL.types()) {
            for (SharedControl control : MODEL.sharedControls()) {
                assertThat(MODEL.sideOfSharedControl(type.type(), control.id())).as(type.type() + " " + control.id())
                        .contains(SHARED);
            }
            assertThat(side(type.type(), "configuration-management")).as(type.type()).isEqualTo(SHARED);
            assertThat(side(type.type(), "awareness-training")).as(type.type()).isEqualTo(SHARED);
            assertThat(side(type.type(), "application-code")).as(type.type()).isEqualTo(CUSTOMER);
        }
    }

    @Test
    void sharedDomainsSayWhoDoesWhat() {
        Responsibility training = responsibility(EC2, "awareness-training");
        assertThat(training.aws()).contains("AWS trains");
        assertThat(training.customer()).contains("The customer trains");
        assertThat(responsibility(RDS, "configuration-management").customer()).contains("parameter groups");
    }

    @Test
    void complianceEvidenceForEveryCustomerOrSharedDomainIsTheCustomers() {
        for (ResourceType type : MODEL.types()) {
            for (Responsibility r : MODEL.responsibilities(type.type()).orElseThrow()) {
                assertThat(r.evidence()).as(type.type() + " " + r.domain())
                        .isEqualTo(r.side() == AWS ? AWS : CUSTOMER);
                assertThat(r.customerDuty()).isEqualTo(r.side() != AWS);
            }
        }
    }

    @Test
    void everyOverrideChangesTheDefaultAndSaysWhy() {
        long overrides = 0;
        for (ResourceType type : MODEL.types()) {
            for (Responsibility r : MODEL.responsibilities(type.type()).orElseThrow()) {
                assertThat(r.overridden()).isEqualTo(type.overriddenDomains().contains(r.domain()));
                if (r.overridden()) {
                    overrides++;
                    assertThat(r.note()).as(type.type() + " " + r.domain()).isNotBlank();
                    Responsibility byDefault = MODEL.defaults(type.model()).stream()
                            .filter(d -> d.domain().equals(r.domain())).findFirst().orElseThrow();
                    assertThat(r).usingRecursiveComparison().comparingOnlyFields("side", "aws", "customer")
                            .isNotEqualTo(byDefault);
                }
            }
        }
        assertThat(overrides).isGreaterThan(10);
    }

    private static Side side(String type, String domain) {
        return responsibility(type, domain).side();
    }

    private static Responsibility responsibility(String type, String domain) {
        return MODEL.sideOf(type, domain).orElseThrow(() -> new AssertionError("no model for " + type));
    }
}
