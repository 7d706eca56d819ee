package io.demarc.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ResourceTypesTest {

    @Test
    void mapsUpperCaseTypesToTheirCanonicalSpelling() {
        assertThat(ResourceTypes.canonical("AWS::EC2::VOLUME")).isEqualTo("AWS::EC2::Volume");
        assertThat(ResourceTypes.canonical("AWS::EC2::SECURITYGROUP")).isEqualTo("AWS::EC2::SecurityGroup");
        assertThat(ResourceTypes.canonical("AWS::EC2::VPC")).isEqualTo("AWS::EC2::VPC");
    }

    @Test
    void keepsUnknownTypesAsTheyAre() {
        assertThat(ResourceTypes.canonical("AWS::NEWSERVICE::THING")).isEqualTo("AWS::NEWSERVICE::THING");
        assertThat(ResourceTypes.canonical(null)).isNull();
    }

    @Test
    void knowsEveryTypeOfTheConfigResourceSchemas() {
        for (Path schema : ReferenceData.jsonFiles(ReferenceData.ROOT.resolve("aws-config-schema"))) {
            String name = schema.getFileName().toString();
            if (name.startsWith("AWS_") && name.endsWith(".properties.json")) {
                String type = "AWS::" + name.substring(4, name.length() - ".properties.json".length())
                        .replace("_", "::");
                assertThat(ResourceTypes.known()).as(name).contains(type);
            }
        }
    }

    @Test
    void checksTheFormOfATypeName() {
        assertThat(ResourceTypes.isWellFormed("AWS::S3::Bucket")).isTrue();
        assertThat(ResourceTypes.isWellFormed("AWS::::Account")).isFalse();
        assertThat(ResourceTypes.isWellFormed("Custom::Testing::WordPress")).isFalse();
        assertThat(ResourceTypes.isWellFormed("Demarc::IAM::PasswordPolicy")).as("Demarc's account-level facts")
                .isTrue();
        assertThat(ResourceTypes.isWellFormed("Demarc::PasswordPolicy")).isFalse();
    }
}
