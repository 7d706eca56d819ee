package io.demarc.catalog.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.demarc.catalog.ingest.ResourceTypes;

/**
 * The shipped data loads, which means every type has a model and every model a side for every domain (the loader
 * refuses anything less, so a gap fails the build here), and it covers every type of the reference data.
 */
class ShippedModelTest {

    private static final Path DATA = Path.of("..", "..", "shared", "data");
    private static final Path RDK_EXAMPLES = DATA.resolve("aws-config-items").resolve("aws-config-rdk-example_ci");
    private static final Path SCHEMAS = DATA.resolve("aws-config-schema");
    /** File-name spellings of a service that are not the type's service name in any letter case. */
    private static final Map<String, String> SERVICE_ALIASES = Map.of("R53", "Route53");

    private static final ResponsibilityModel MODEL = ResponsibilityModel.load();

    @Test
    void hasTheCanonicalDomainsInTheirOrder() {
        assertThat(MODEL.domains()).extracting(Domain::id).containsExactly("physical-environmental",
                "hardware-global-network", "virtualization", "host-os", "guest-os-patching", "platform-runtime",
                "network-configuration", "identity-access", "credentials-mfa", "data-classification",
                "encryption-at-rest", "encryption-in-transit", "key-management", "backup-recovery",
                "logging-monitoring", "application-code", "secrets-management", "configuration-management",
                "awareness-training", "incident-response");
        assertThat(MODEL.domains()).allSatisfy(domain -> {
            assertThat(domain.name()).isNotBlank();
            assertThat(domain.description()).isNotBlank().doesNotContain("\n");
        });
    }

    @Test
    void isVersioned() {
        assertThat(MODEL.version()).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
    }

    @Test
    void knowsAtLeastEightyTypesEachWithAServiceAndAFullSetOfSides() {
        assertThat(MODEL.types()).hasSizeGreaterThanOrEqualTo(80);
        for (ResourceType type : MODEL.types()) {
            assertThat(type.service()).as(type.type()).isNotBlank();
            assertThat(MODEL.responsibilities(type.type()).orElseThrow()).as(type.type())
                    .extracting(Responsibility::domain)
                    .containsExactlyElementsOf(MODEL.domains().stream().map(Domain::id).toList());
        }
    }

    @Test
    void everySharedSideSaysWhatEachPartyDoesInOneLine() {
        for (ResourceType type : MODEL.types()) {
            for (Responsibility r : MODEL.responsibilities(type.type()).orElseThrow()) {
                if (r.side() == Side.SHARED) {
                    assertThat(List.of(r.aws(), r.customer())).as(type.type() + " " + r.domain())
                            .allSatisfy(line -> assertThat(line).isNotBlank().doesNotContain("\n"));
                } else {
                    assertThat(r.aws()).isNull();
                    assertThat(r.customer()).isNull();
                }
                assertThat(r.controlClass()).isEqualTo(ControlClass.of(r.side()));
            }
        }
    }

    @Test
    void everyTypeOfTheRdkExampleItemsHasAModel() {
        Set<String> types = typesNamedBy(RDK_EXAMPLES, ".json");
        assertThat(types).hasSizeGreaterThanOrEqualTo(75).contains("AWS::CloudFront::Distribution",
                "AWS::Lambda::Function", "AWS::Route53::HostedZone", "AWS::SSM::ManagedInstanceInventory");
    }

    @Test
    void everyTypeOfThePerTypeSchemasHasAModel() {
        Set<String> types = typesNamedBy(SCHEMAS, ".properties.json");
        assertThat(types).hasSizeGreaterThanOrEqualTo(30).contains("AWS::S3::Bucket", "AWS::EKS::Cluster");
    }

    @Test
    void everyTypeTheIngestParserKnowsHasAModel() {
        assertThat(ResourceTypes.known()).allSatisfy(type -> assertThat(MODEL.type(type)).as(type).isPresent());
    }

    /**
     * The canonical types named by the files of a folder ({@code AWS_EC2_SecurityGroup<suffix>}); every such file
     * must name a type the model knows, matched regardless of case as some files spell the type in upper case.
     */
    private static Set<String> typesNamedBy(Path folder, String suffix) {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.map(Path::getFileName).filter(f -> f.toString().endsWith(suffix)).toList()) {
                String[] parts = file.toString().substring(0, file.toString().length() - suffix.length()).split("_");
                if (parts.length < 3) {
                    continue; // the merged schema of all types, not one type's file
                }
                String service = SERVICE_ALIASES.getOrDefault(parts[1], parts[1]);
                String named = parts[0] + "::" + service + "::" + parts[2];
                ResourceType type = MODEL.type(named).orElse(null);
                assertThat(type).as("model of " + named + " (file " + file + ")").isNotNull();
                types.add(type.type());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }
}
