package io.demarc.catalog.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.Frameworks;
import io.demarc.catalog.responsibility.Side;
import io.demarc.contracts.Severity;

/**
 * The loader on the shipped files with {@code gdpr.json} replaced by a small fixture ({@code
 * src/test/resources/frameworks}): a sound file loads with AUTOMATED derived from the controls given, and each fixture
 * under {@code broken/} (named {@code gdpr--<what is wrong>.json}) is refused with a message naming the file and what
 * is wrong.
 */
class FrameworkLoaderTest {

    private static final String GDPR_FILE = "catalog/frameworks/gdpr.json";

    @TempDir
    Path root;

    @BeforeEach
    void copyShippedFiles() throws IOException {
        Files.createDirectories(root.resolve(FrameworkCatalog.DEFAULT_FOLDER));
        for (String key : Frameworks.ALL) {
            String resource = FrameworkCatalog.DEFAULT_FOLDER + key + ".json";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                Files.copy(in, root.resolve(resource));
            }
        }
    }

    @Test
    void derivesHowEachRequirementIsMetFromTheControlsGiven() throws IOException {
        replaceGdpr("frameworks/valid-gdpr.json");

        Framework gdpr = load(List.of(control("dpia-kept", Map.of(Frameworks.GDPR, List.of("article_30",
                "article.2"))), control("tls-only", Map.of(Frameworks.GDPR, List.of("article_30"))))).find("gdpr")
                .orElseThrow();

        assertThat(gdpr.requirements()).extracting(Requirement::id).containsExactly("article_25", "article_30",
                "article_32", "article.1", "article.2", "article.3");
        Requirement byDesign = gdpr.requirement("article_25").orElseThrow();
        assertThat(byDesign.side()).isEqualTo(Side.CUSTOMER);
        assertThat(byDesign.fulfilment()).isEqualTo(Fulfilment.MANUAL);
        assertThat(byDesign.awsAttestation()).isNull();
        assertThat(gdpr.requirement("article_30").orElseThrow().controlIds()).containsExactly("dpia-kept",
                "tls-only");
        Requirement security = gdpr.requirement("article_32").orElseThrow();
        assertThat(security.side()).isEqualTo(Side.SHARED);
        assertThat(security.fulfilment()).isEqualTo(Fulfilment.MANUAL);
        assertThat(security.awsAttestation()).isEqualTo("AWS GDPR Data Processing Addendum (AWS Artifact)");
        assertThat(gdpr.requirement("article.2").orElseThrow().fulfilment()).isEqualTo(Fulfilment.AUTOMATED);
        assertThat(gdpr.requirement("article.2").orElseThrow().title()).isEqualTo("Parts");
        assertThat(gdpr.count(Fulfilment.AUTOMATED)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-key                    | unknown framework key 'gdpr-2016'
            key-of-another-file            | key 'hipaa' does not match the file name, which says 'gdpr'
            duplicate-id                   | requirement 'article_25' is defined twice
            inherited-without-attestation  | requirement 'article_32': on the AWS side it needs awsAttestation
            missing-title                  | requirement 'article_30': title is missing
            missing-framework-title        | title is missing
            customer-with-attestation      | requirement 'article_25': awsAttestation makes no sense on the CUSTOMER side
            zero-parts                     | requirement 'article_25': parts must be at least 1, found 0
            no-requirements                | requirements lists no requirement
            unknown-field                  | Unrecognized field "fulfilment"
            unknown-side                   | CLIENT
            not-json                       | not valid JSON at line 8, column 3
            """)
    void refusesABrokenFileNamingItAndTheProblem(String fixture, String message) throws IOException {
        replaceGdpr("frameworks/broken/gdpr--" + fixture + ".json");

        assertThatThrownBy(() -> load(List.of())).isInstanceOf(FrameworkCatalogException.class)
                .hasMessageStartingWith(GDPR_FILE + ": ").hasMessageContaining(message);
    }

    @Test
    void refusesAMissingFile() throws IOException {
        Files.delete(root.resolve(GDPR_FILE));

        assertThatThrownBy(() -> load(List.of())).isInstanceOf(FrameworkCatalogException.class)
                .hasMessage(GDPR_FILE + ": not found on the classpath");
    }

    @Test
    void refusesAControlCitingARequirementNobodyDefines() {
        Control control = control("made-up", Map.of(Frameworks.GDPR, List.of("article_99")));

        assertThatThrownBy(() -> load(List.of(control))).isInstanceOf(FrameworkCatalogException.class)
                .hasMessage(GDPR_FILE + ": control(s) [made-up] cite requirement 'article_99', which is not"
                        + " defined here");
    }

    @Test
    void refusesAControlCitingARequirementAwsCarriesAlone() {
        Control control = control("guards-at-the-door", Map.of(Frameworks.ISO_27001_2022, List.of("A.7.1")));

        assertThatThrownBy(() -> load(List.of(control))).isInstanceOf(FrameworkCatalogException.class)
                .hasMessageStartingWith("catalog/frameworks/iso27001-2022.json: ")
                .hasMessageContaining("requirement 'A.7.1' is carried by AWS alone, yet control(s)"
                        + " [guards-at-the-door] cite it");
    }

    @Test
    void listsTheCitationsOfACustomControlThatResolveToNothing() {
        FrameworkCatalog catalog = load(List.of());
        Control custom = control("custom", Map.of(Frameworks.CIS_AWS_3_0, List.of("5.2", "9.9"), "cobit-5",
                List.of("DSS05")));

        assertThat(catalog.unresolvedReferences(custom)).containsExactly("cis-aws-3.0: 9.9", "cobit-5: DSS05");
        assertThat(catalog.requirement(Frameworks.CIS_AWS_3_0, "5.2").orElseThrow().fulfilment())
                .isEqualTo(Fulfilment.MANUAL);
    }

    private FrameworkCatalog load(Collection<Control> controls) {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{root.toUri().toURL()}, null)) {
            return FrameworkCatalog.load(loader, FrameworkCatalog.DEFAULT_FOLDER, controls);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void replaceGdpr(String fixture) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(fixture)) {
            Files.copy(in, root.resolve(GDPR_FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Control control(String id, Map<String, List<String>> references) {
        return new Control(id, "A test control", "Checks nothing real.", Severity.LOW, List.of("AWS::S3::Bucket"),
                "logging-monitoring", "true", null, null, "Nothing to do.", references);
    }
}
