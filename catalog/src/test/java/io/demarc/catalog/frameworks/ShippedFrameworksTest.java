package io.demarc.catalog.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.controls.Frameworks;
import io.demarc.catalog.responsibility.Side;
import io.demarc.catalog.testdata.SharedData;

/**
 * The shipped framework files against the shared reference data (Prowler's requirement ids) and the shipped control
 * library: ids are exactly upstream's, every citation resolves, and how each requirement is met follows the rules.
 */
class ShippedFrameworksTest {

    static final ControlLibrary LIBRARY = ControlLibrary.load();
    static final FrameworkCatalog CATALOG = FrameworkCatalog.load(LIBRARY);

    private static final Path MAPPINGS = SharedData.ROOT.resolve("frameworks").resolve("prowler-mappings");
    private static final Map<String, String> MAPPING_FILES = Map.of(
            Frameworks.CIS_AWS_3_0, "cis_3.0_aws.json",
            Frameworks.AWS_FSBP, "aws_foundational_security_best_practices_aws.json",
            Frameworks.SOC2, "soc2_aws.json",
            Frameworks.ISO_27001_2022, "iso27001_2022_aws.json",
            Frameworks.NIST_800_53_R5, "nist_800_53_revision_5_aws.json",
            Frameworks.PCI_DSS_4_0, "pci_4.0_aws.json",
            Frameworks.HIPAA, "hipaa_aws.json",
            Frameworks.GDPR, "gdpr_aws.json");

    /** Requirements per framework, and how many AWS carries alone: facts of our files, not of the controls. */
    private static final Map<String, int[]> TOTAL_AND_INHERITED = Map.of(
            Frameworks.CIS_AWS_3_0, new int[]{62, 0},
            Frameworks.AWS_FSBP, new int[]{286, 0},
            Frameworks.SOC2, new int[]{27, 0},
            Frameworks.ISO_27001_2022, new int[]{92, 10},
            Frameworks.NIST_800_53_R5, new int[]{287, 0},
            Frameworks.PCI_DSS_4_0, new int[]{1679, 0},
            Frameworks.HIPAA, new int[]{32, 0},
            Frameworks.GDPR, new int[]{3, 0});

    /** AUTOMATED counts with the control library of this writing; more controls may only raise them. */
    private static final Map<String, Integer> AUTOMATED_AT_LEAST = Map.of(
            Frameworks.CIS_AWS_3_0, 19, Frameworks.AWS_FSBP, 53, Frameworks.SOC2, 20,
            Frameworks.ISO_27001_2022, 23, Frameworks.NIST_800_53_R5, 218, Frameworks.PCI_DSS_4_0, 264,
            Frameworks.HIPAA, 27, Frameworks.GDPR, 3);

    @Test
    void everyFrameworkKeyLoadsInDisplayOrder() {
        assertThat(CATALOG.all()).extracting(Framework::key).containsExactlyElementsOf(Frameworks.ALL);
        assertThat(CATALOG.all()).allSatisfy(framework -> {
            assertThat(framework.title()).isNotBlank();
            assertThat(framework.version()).isNotBlank();
            assertThat(framework.requirements()).allSatisfy(r -> assertThat(r.title()).as(r.id()).isNotBlank());
        });
        assertThat(CATALOG.find("cis-aws-5.0")).isEmpty();
    }

    @Test
    void requirementIdsAreExactlyThoseOfTheReferenceData() {
        for (Framework framework : CATALOG.all()) {
            Set<String> upstream = new LinkedHashSet<>();
            SharedData.read(MAPPINGS.resolve(MAPPING_FILES.get(framework.key()))).get("Requirements")
                    .forEach(requirement -> upstream.add(requirement.get("Id").asText()));
            // Upstream lists NIST's ia_5_1_h twice; the catalog holds it once.
            assertThat(framework.requirements()).extracting(Requirement::id).as(framework.key())
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(upstream);
        }
    }

    @Test
    void countsPerFulfilment() {
        for (Framework framework : CATALOG.all()) {
            int[] expected = TOTAL_AND_INHERITED.get(framework.key());
            long automated = framework.count(Fulfilment.AUTOMATED);
            assertThat(framework.requirements()).as(framework.key()).hasSize(expected[0]);
            assertThat(framework.count(Fulfilment.INHERITED)).as(framework.key()).isEqualTo(expected[1]);
            assertThat(automated).as(framework.key()).isEqualTo(citedIds(framework.key()).size())
                    .isGreaterThanOrEqualTo(AUTOMATED_AT_LEAST.get(framework.key()));
            assertThat(framework.count(Fulfilment.MANUAL)).as(framework.key())
                    .isEqualTo(expected[0] - expected[1] - automated);
        }
    }

    @Test
    void cis52IsAutomatedByTheSshControl() {
        Requirement requirement = CATALOG.requirement(Frameworks.CIS_AWS_3_0, "5.2").orElseThrow();

        assertThat(requirement.fulfilment()).isEqualTo(Fulfilment.AUTOMATED);
        assertThat(requirement.side()).isEqualTo(Side.CUSTOMER);
        assertThat(requirement.controlIds()).contains("ec2-sg-ssh-open-world");
        assertThat(requirement.awsAttestation()).isNull();
        assertThat(CATALOG.find(Frameworks.AWS_FSBP).orElseThrow().requirement("EC2.13").orElseThrow().controlIds())
                .containsExactly("ec2-sg-ssh-open-world");
    }

    @Test
    void isoPhysicalPerimeterIsInheritedWithTheAwsCertificate() {
        Requirement perimeter = CATALOG.requirement(Frameworks.ISO_27001_2022, "A.7.1").orElseThrow();

        assertThat(perimeter.side()).isEqualTo(Side.AWS);
        assertThat(perimeter.fulfilment()).isEqualTo(Fulfilment.INHERITED);
        assertThat(perimeter.awsAttestation()).contains("ISO/IEC 27001").contains("AWS Artifact");
        assertThat(perimeter.controlIds()).isEmpty();
        Framework iso = CATALOG.find(Frameworks.ISO_27001_2022).orElseThrow();
        assertThat(iso.requirements()).filteredOn(r -> r.fulfilment() == Fulfilment.INHERITED)
                .allSatisfy(r -> assertThat(r.id()).startsWith("A.7."));
        // Clear desk and assets taken off the premises are the customer's own offices and laptops.
        assertThat(iso.requirement("A.7.7").orElseThrow().fulfilment()).isEqualTo(Fulfilment.MANUAL);
    }

    @Test
    void everyControlReferenceResolvesAndNamesTheControl() {
        int references = 0;
        for (Control control : LIBRARY.controls()) {
            assertThat(CATALOG.unresolvedReferences(control)).as(control.id()).isEmpty();
            for (var entry : control.references().entrySet()) {
                for (String id : entry.getValue()) {
                    Requirement requirement = CATALOG.requirement(entry.getKey(), id).orElseThrow();
                    assertThat(requirement.fulfilment()).as("%s %s", entry.getKey(), id)
                            .isEqualTo(Fulfilment.AUTOMATED);
                    assertThat(requirement.controlIds()).as("%s %s", entry.getKey(), id).contains(control.id());
                    references++;
                }
            }
        }
        assertThat(references).isGreaterThan(500);
    }

    @Test
    void attestationsFollowTheSide() {
        for (Framework framework : CATALOG.all()) {
            for (Requirement requirement : framework.requirements()) {
                String where = framework.key() + " " + requirement.id();
                if (requirement.side() == Side.CUSTOMER) {
                    assertThat(requirement.awsAttestation()).as(where).isNull();
                } else {
                    assertThat(requirement.awsAttestation()).as(where).contains("AWS Artifact");
                }
                if (requirement.fulfilment() != Fulfilment.AUTOMATED) {
                    assertThat(requirement.controlIds()).as(where).isEmpty();
                }
            }
        }
    }

    @Test
    void sharedRequirementsFollowTheModelsSharedControls() {
        // Patch and configuration management, awareness and training are AWS's shared controls.
        assertThat(side(Frameworks.ISO_27001_2022, "A.8.8")).isEqualTo(Side.SHARED);
        assertThat(side(Frameworks.ISO_27001_2022, "A.8.9")).isEqualTo(Side.SHARED);
        assertThat(side(Frameworks.ISO_27001_2022, "A.6.3")).isEqualTo(Side.SHARED);
        assertThat(side(Frameworks.SOC2, "cc_8_1")).isEqualTo(Side.SHARED);
        assertThat(side(Frameworks.NIST_800_53_R5, "si_2_a")).isEqualTo(Side.SHARED);
        assertThat(side(Frameworks.NIST_800_53_R5, "cm_6_a")).isEqualTo(Side.SHARED);
        assertThat(side(Frameworks.PCI_DSS_4_0, "6.3.3.1")).isEqualTo(Side.SHARED);
        assertThat(CATALOG.all().stream().filter(f -> f.key().startsWith("cis") || f.key().equals("aws-fsbp"))
                .flatMap(f -> f.requirements().stream()).map(Requirement::side).distinct()).containsOnly(Side.CUSTOMER);
    }

    @Test
    void pciPartsShareTheirRequirementsTitle() {
        Framework pci = CATALOG.find(Frameworks.PCI_DSS_4_0).orElseThrow();

        Requirement first = pci.requirement("1.2.5.1").orElseThrow();
        Requirement last = pci.requirement("1.2.5.17").orElseThrow();
        assertThat(first.title()).isEqualTo(last.title()).isNotBlank();
        assertThat(pci.requirement("1.2.5.18")).isEmpty();
        assertThat(pci.requirement("1.2.5")).isEmpty();
    }

    /** Requirement ids of a framework cited by at least one control, read straight from the controls. */
    private static Set<String> citedIds(String key) {
        Set<String> ids = new TreeSet<>();
        LIBRARY.controls().forEach(control -> ids.addAll(control.references().getOrDefault(key, List.of())));
        return ids;
    }

    private static Side side(String key, String id) {
        return CATALOG.requirement(key, id).orElseThrow().side();
    }

}
