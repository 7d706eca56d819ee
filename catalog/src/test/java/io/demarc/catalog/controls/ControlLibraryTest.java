package io.demarc.catalog.controls;

import static io.demarc.catalog.testdata.TestCatalogs.control;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.demarc.catalog.testdata.TestCatalogs;
import io.demarc.contracts.Severity;

class ControlLibraryTest {

    @TempDir
    Path folder;

    /** The build fails here when a shipped control is broken in any way the loader checks. */
    @Test
    void theShippedCatalogLoadsAndCompiles() {
        ControlLibrary library = ControlLibrary.load();

        assertThat(library.version()).isNotBlank();
        assertThat(library.controls()).isNotEmpty();
        assertThat(library.compiled()).hasSameSizeAs(library.controls());
        assertThat(library.find("ec2-sg-ssh-open-world")).get()
                .satisfies(ssh -> assertThat(ssh.severity()).isEqualTo(Severity.HIGH));
    }

    @Test
    void everyShippedControlFileIsListedInTheIndex() throws IOException {
        String index = Files.readString(Path.of("src/main/resources", ControlLibrary.DEFAULT_INDEX));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/catalog/controls"))) {
            assertThat(files.map(file -> "\"controls/" + file.getFileName() + "\""))
                    .allSatisfy(name -> assertThat(index).contains(name));
        }
    }

    @Test
    void everyShippedControlCitesAFramework() {
        assertThat(ControlLibrary.load().controls())
                .allSatisfy(c -> assertThat(c.references()).as(c.id()).isNotEmpty());
    }

    @Test
    void findsControlsByResourceTypeWhateverItsCase() {
        ControlLibrary library = TestCatalogs.load(folder, control("a", "true"));

        assertThat(library.forResourceType("AWS::EC2::SECURITYGROUP")).hasSize(1);
        assertThat(library.forResourceType("AWS::S3::Bucket")).isEmpty();
        assertThat(library.find("a")).isPresent();
        assertThat(library.find("b")).isEmpty();
    }

    @Test
    void readsAnExpressionWrittenAsLines() {
        var control = control("lines", "x");
        control.putArray("expression").add("has(item.configuration)").add("|| true");

        assertThat(TestCatalogs.load(folder, control).find("lines").orElseThrow().expression())
                .isEqualTo("has(item.configuration)\n|| true");
    }

    @Test
    void refusesAnUnknownField() {
        assertThatThrownBy(() -> TestCatalogs.load(folder, control("a", "true").put("titel", "typo")))
                .isInstanceOf(ControlDefinitionException.class)
                .hasMessageContaining("catalog/controls/test.json").hasMessageContaining("titel");
    }

    @Test
    void refusesAControlWithoutId() {
        var control = control("a", "true");
        control.remove("id");

        assertThatThrownBy(() -> TestCatalogs.load(folder, control)).isInstanceOf(ControlDefinitionException.class)
                .hasMessageContaining("has no id");
    }

    @Test
    void refusesAnIdThatIsNotKebabCase() {
        assertThatThrownBy(() -> TestCatalogs.load(folder, control("EC2.13", "true")))
                .hasMessageContaining("'EC2.13'").hasMessageContaining("lower-case words");
    }

    @Test
    void refusesTheSameIdTwice() {
        assertThatThrownBy(() -> TestCatalogs.load(folder, control("twin", "true"), control("twin", "false")))
                .isInstanceOf(ControlDefinitionException.class).hasMessageContaining("'twin' is defined twice");
    }

    @Test
    void refusesAnExpressionThatDoesNotParse() {
        assertThatThrownBy(
                () -> TestCatalogs.load(folder, control("broken", "item.configuration.ipPermissions.exists(p,")))
                .isInstanceOf(ControlDefinitionException.class)
                .hasMessageContaining("control 'broken': expression does not compile");
    }

    @Test
    void refusesAnExpressionOverAnUndeclaredVariable() {
        assertThatThrownBy(() -> TestCatalogs.load(folder, control("undeclared", "resource.configuration == 1")))
                .hasMessageContaining("control 'undeclared': expression does not compile")
                .hasMessageContaining("resource");
    }

    @Test
    void refusesAnExpressionThatIsNotABool() {
        assertThatThrownBy(() -> TestCatalogs.load(folder, control("count", "size(item.tags)")))
                .hasMessageContaining("control 'count': expression must yield a bool but yields int");
        assertThatThrownBy(() -> TestCatalogs.load(folder, control("dyn", "item.configuration")))
                .hasMessageContaining("must yield a bool but yields dyn");
    }

    @Test
    void refusesAnApplicabilityThatIsNotABool() {
        assertThatThrownBy(() -> TestCatalogs.load(folder, control("a", "true").put("applicability", "'yes'")))
                .hasMessageContaining("control 'a': applicability must yield a bool");
    }

    @Test
    void refusesAnExpressionLongerThanTheLimit() {
        String huge = "true" + " && true".repeat(ControlLanguage.MAX_EXPRESSION_LENGTH / 8);

        assertThatThrownBy(() -> TestCatalogs.load(folder, control("huge", huge)))
                .hasMessageContaining("control 'huge': expression does not compile");
    }

    @Test
    void refusesAnUnknownSeverity() {
        assertThatThrownBy(() -> TestCatalogs.load(folder, control("a", "true").put("severity", "SEVERE")))
                .isInstanceOf(ControlDefinitionException.class).hasMessageContaining("SEVERE");
    }

    @Test
    void refusesAnUnknownFramework() {
        var control = control("a", "true");
        control.putObject("references").putArray("cis-aws-9.9").add("1.1");

        assertThatThrownBy(() -> TestCatalogs.load(folder, control))
                .hasMessageContaining("unknown framework 'cis-aws-9.9'");
    }

    @Test
    void refusesARequirementListedTwice() {
        var control = control("a", "true");
        control.putObject("references").putArray("aws-fsbp").add("EC2.13").add("EC2.13");

        assertThatThrownBy(() -> TestCatalogs.load(folder, control)).hasMessageContaining("lists EC2.13 twice");
    }

    @Test
    void refusesAMalformedResourceType() {
        var control = control("a", "true");
        control.putArray("resourceTypes").add("SecurityGroup");

        assertThatThrownBy(() -> TestCatalogs.load(folder, control)).hasMessageContaining("'SecurityGroup'");
    }

    @Test
    void refusesMissingText() {
        assertThatThrownBy(() -> TestCatalogs.load(folder, control("a", "true").put("remediation", " ")))
                .hasMessageContaining("control 'a': remediation is missing");
    }

    @Test
    void refusesAFieldGivenTwice() {
        assertThatThrownBy(() -> TestCatalogs.loadRaw(folder, "{\"controls\":[],\"controls\":[]}"))
                .isInstanceOf(ControlDefinitionException.class).hasMessageContaining("Duplicate field 'controls'");
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> TestCatalogs.loadRaw(folder, "{\"controls\": [")).isInstanceOf(
                ControlDefinitionException.class).hasMessageContaining("catalog/controls/test.json");
    }

    @Test
    void refusesAnIndexNamingAMissingFile() {
        TestCatalogs.write(folder, "catalog/catalog.json", "{\"version\":\"1\",\"controls\":[\"controls/gone.json\"]}");

        assertThatThrownBy(() -> ControlLibrary.load(TestCatalogs.classLoader(folder), "catalog/catalog.json"))
                .hasMessageContaining("catalog/controls/gone.json: not found");
    }

    @Test
    void refusesAnIndexWithoutVersion() {
        TestCatalogs.write(folder, "catalog/catalog.json", "{\"controls\":[\"controls/test.json\"]}");

        assertThatThrownBy(() -> ControlLibrary.load(TestCatalogs.classLoader(folder), "catalog/catalog.json"))
                .hasMessageContaining("version is missing");
    }
}
