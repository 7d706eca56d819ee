package io.demarc.catalog.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The loader on small hand-written data ({@code src/test/resources/responsibility}): a sound folder loads, and each
 * fixture under {@code broken/} (named {@code <file it replaces>--<what is wrong>.json}) is refused with a message
 * that says what is wrong and where.
 */
class ModelLoaderTest {

    private static final List<String> FILES = List.of("domains.json", "service-models.json", "resource-types.json");

    @TempDir
    Path folder;

    @Test
    void loadsASoundFolderWithItsOverrides() {
        ResponsibilityModel model = load(null);

        assertThat(model.version()).isEqualTo("test-1");
        assertThat(model.domains()).extracting(Domain::id)
                .containsExactly("physical-environmental", "host-os", "identity-access");
        Responsibility instanceAccess = model.sideOf("AWS::EC2::Instance", "identity-access").orElseThrow();
        assertThat(instanceAccess.side()).isEqualTo(Side.SHARED);
        assertThat(instanceAccess.overridden()).isTrue();
        assertThat(instanceAccess.note()).contains("instance profiles");
        assertThat(model.type("AWS::EC2::Instance").orElseThrow().overriddenDomains())
                .containsExactly("identity-access");
        Responsibility bucketHost = model.sideOf("AWS::S3::Bucket", "host-os").orElseThrow();
        assertThat(bucketHost.overridden()).isFalse();
        assertThat(bucketHost.note()).isNull();
    }

    @Test
    void answersUnknownTypesWithNothingAndUnknownDomainsWithAnError() {
        ResponsibilityModel model = load(null);

        assertThat(model.sideOf("AWS::Nope::Thing", "host-os")).isEmpty();
        assertThat(model.sideOf(null, "host-os")).isEmpty();
        assertThat(model.responsibilities("AWS::Nope::Thing")).isEmpty();
        assertThat(model.sideOfSharedControl("AWS::Nope::Thing", "patch-management")).isEmpty();
        assertThatThrownBy(() -> model.sideOf("AWS::S3::Bucket", "hypervisor"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown domain 'hypervisor'");
        assertThatThrownBy(() -> model.sideOfSharedControl("AWS::S3::Bucket", "nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown shared control 'nope'");
    }

    @Test
    void matchesTypesWhateverTheirLetterCase() {
        ResponsibilityModel model = load(null);

        assertThat(model.type("AWS::S3::BUCKET").orElseThrow().type()).isEqualTo("AWS::S3::Bucket");
        assertThat(model.sideOf("aws::ec2::instance", "identity-access").orElseThrow().side())
                .isEqualTo(Side.SHARED);
    }

    @Test
    void buildsTheMatrixOfTheTypesInUse() {
        Matrix matrix = load(null).matrix(List.of("AWS::S3::Bucket", "AWS::EC2::INSTANCE", "AWS::S3::Bucket",
                "AWS::Foo::Bar"));

        assertThat(matrix.version()).isEqualTo("test-1");
        assertThat(matrix.rows()).extracting(MatrixRow::resourceType).containsExactly("AWS::EC2::Instance",
                "AWS::EC2::Instance", "AWS::EC2::Instance", "AWS::S3::Bucket", "AWS::S3::Bucket", "AWS::S3::Bucket");
        assertThat(matrix.rows()).extracting(row -> row.responsibility().domain()).containsExactly(
                "physical-environmental", "host-os", "identity-access", "physical-environmental", "host-os",
                "identity-access");
        assertThat(matrix.rows().get(5).responsibility().customer()).isEqualTo("The customer writes the policies.");
        assertThat(matrix.unknownTypes()).containsExactly("AWS::Foo::Bar");
        assertThat(load(null).matrix(List.of()).rows()).isEmpty();
    }

    @Test
    void resolvesASharedControlFromTheDomainsItSpans() {
        ResponsibilityModel model = load(null);

        // host-os is AWS's and identity-access the customer's (IAAS) or shared (ABSTRACTED): split either way.
        assertThat(model.sideOfSharedControl("AWS::S3::Bucket", "patch-management")).contains(Side.SHARED);
        assertThat(model.sideOfSharedControl("AWS::EC2::Instance", "patch-management")).contains(Side.SHARED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            resource-types--type-without-model          | resource-types.json: AWS::S3::Bucket: has no service model
            resource-types--unknown-model               | not one of the values accepted for Enum class: [ABSTRACTED, IAAS, PAAS, SERVERLESS] (at types[0].model)
            resource-types--unknown-domain-override     | AWS::EC2::Instance: override names unknown domain 'host-oss'
            resource-types--duplicate-type              | AWS::S3::BUCKET is defined twice
            resource-types--override-without-note       | override of 'identity-access': note (why the model's default is wrong) is missing
            resource-types--override-same-as-model      | AWS::S3::Bucket, override of 'host-os': says the same as model ABSTRACTED
            resource-types--version-mismatch            | the files must carry one version
            resource-types--unknown-field               | Unrecognized field "serviceModel"
            service-models--domain-without-side         | service-models.json: model PAAS: no side for domain(s) host-os
            service-models--shared-without-lines        | model ABSTRACTED, domain 'identity-access': customer (what the customer does in a SHARED domain) is missing
            service-models--lines-on-customer-side      | aws and customer lines are only for SHARED domains, the side is CUSTOMER
            service-models--class-against-side          | controlClass SHARED does not go with side AWS (expected INHERITED)
            service-models--missing-model               | model ABSTRACTED is not defined
            service-models--duplicate-model             | model IAAS is defined twice
            service-models--unknown-domain              | model SERVERLESS: unknown domain 'hypervisor'
            service-models--shared-control-unknown-domain | shared control 'patch-management': unknown domain 'guest-os'
            service-models--duplicate-key               | Duplicate field 'host-os'
            domains--duplicate-domain                   | domain 'host-os' is defined twice
            domains--bad-id                             | domain id 'Physical Security' is not lower-case words joined by hyphens
            domains--not-json                           | domains.json: not valid JSON
            """)
    void refusesBrokenData(String fixture, String expected) {
        assertThatThrownBy(() -> load(fixture)).isInstanceOf(ResponsibilityModelException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() throws IOException {
        copyValid();
        String types = Files.readString(folder.resolve("resource-types.json"))
                .replace("\"service\": \"Amazon S3\",", "")
                .replace("\"model\": \"IAAS\",", "");
        Files.writeString(folder.resolve("resource-types.json"), types);

        assertThatThrownBy(() -> ResponsibilityModel.load(classLoader(), ""))
                .hasMessageContaining("2 problems")
                .hasMessageContaining("AWS::S3::Bucket: service is missing")
                .hasMessageContaining("AWS::EC2::Instance: has no service model");
    }

    @Test
    void saysWhichFileIsMissing() {
        assertThatThrownBy(() -> ResponsibilityModel.load(classLoader(), "nowhere"))
                .isInstanceOf(ResponsibilityModelException.class)
                .hasMessage("nowhere/domains.json: not found on the classpath");
    }

    /** The valid fixture, with one file replaced by {@code broken/<fixture>.json} when a fixture is given. */
    private ResponsibilityModel load(String fixture) {
        copyValid();
        if (fixture != null) {
            String target = fixture.substring(0, fixture.indexOf("--")) + ".json";
            copy("responsibility/broken/" + fixture + ".json", folder.resolve(target));
        }
        return ResponsibilityModel.load(classLoader(), "");
    }

    private void copyValid() {
        FILES.forEach(file -> copy("responsibility/valid/" + file, folder.resolve(file)));
    }

    private static void copy(String resource, Path to) {
        try (InputStream in = ModelLoaderTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private ClassLoader classLoader() {
        try {
            return new URLClassLoader(new URL[]{folder.toUri().toURL()}, null);
        } catch (MalformedURLException e) {
            throw new AssertionError(e);
        }
    }
}
