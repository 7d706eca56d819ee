package io.demarc.reporting.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.catalog.frameworks.FrameworkCatalog;
import io.demarc.reporting.ScopedReads;
import io.demarc.reporting.evidence.ReadModelSeed;
import io.demarc.reporting.evidence.SigningKeyProfile;
import io.demarc.reporting.export.oscal.OscalDocuments;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.AssessmentResults;
import gov.nist.secauto.oscal.lib.model.SystemSecurityPlan;

/** Every export format of tenant {@code export-co}, read back with an independent parser and compared with the rows. */
@QuarkusTest
@TestProfile(SigningKeyProfile.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = "findings,resources,accounts,ownership"))
class ExportResourceTest {

    private static final String TENANT = "export-co";
    private static final String BASE = "/api/v1/tenants/" + TENANT + "/exports";
    private static final Instant SEEN = Instant.parse("2025-05-01T09:30:00Z");
    private static boolean seeded;

    @Inject
    ReadModelSeed seed;

    @Inject
    FindingRowReader reader;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seeded = true;
        seed.finding(TENANT, "x-ssh", "ec2-sg-ssh-open-world", "FAIL", "HIGH", "AWS::EC2::SecurityGroup",
                "{\"iso27001-2022\":[\"A.8.20\"],\"cis-aws-3.0\":[\"5.2\"]}", SEEN);
        seed.finding(TENANT, "x-admin", "iam-policy-no-admin", "PASS", "MEDIUM", "AWS::IAM::Policy",
                "{\"iso27001-2022\":[\"A.5.18\"]}", SEEN);
        seed.finding(TENANT, "x-soc2-only", "tenant-custom-2", "FAIL", "LOW", "AWS::S3::Bucket",
                "{\"soc2\":[\"cc_6_6\"]}", SEEN);
        seed.matrixRow(TENANT, "AWS::EC2::SecurityGroup", "network-configuration", "team-net");
        seed.matrixRow(TENANT, "AWS::S3::Bucket", "data-classification", null);
        seed.recount(TENANT);
    }

    @Test
    void csvParsesBackToTheSameRows() throws Exception {
        String csv = given().auth().oauth2(TestTokens.auditor(TENANT)).get(BASE + "/findings.csv").then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("findings-export-co.csv")).extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(FindingColumns.headers());
        assertThat(records.stream().map(CSVRecord::toList).toList()).isEqualTo(expectedRows(null));
    }

    @Test
    void csvNarrowsToOneFramework() throws Exception {
        String csv = given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/findings.csv?framework=soc2")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).extracting(r -> r.get("finding_id")).containsExactlyInAnyOrder("x-ssh", "x-admin",
                "x-soc2-only");
        String iso = given().auth().oauth2(TestTokens.analyst(TENANT))
                .get(BASE + "/findings.csv?framework=iso27001-2022").then().statusCode(200).extract().asString();
        assertThat(iso).contains("x-ssh", "x-admin").doesNotContain("x-soc2-only");
    }

    @Test
    void xlsxHoldsFindingsMatrixAndPostureSheets() throws Exception {
        byte[] xlsx = given().auth().oauth2(TestTokens.auditor(TENANT)).get(BASE + "/findings.xlsx").then()
                .statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(List.of(workbook.getSheetAt(0).getSheetName(), workbook.getSheetAt(1).getSheetName(),
                    workbook.getSheetAt(2).getSheetName())).containsExactly("Findings", "Matrix", "Posture");
            List<List<String>> findings = rows(workbook.getSheet("Findings"));
            assertThat(findings.get(0)).isEqualTo(FindingColumns.headers());
            assertThat(findings.subList(1, findings.size())).isEqualTo(expectedRows(null));
            List<List<String>> matrix = rows(workbook.getSheet("Matrix"));
            assertThat(matrix).anySatisfy(row -> assertThat(row).contains("AWS::EC2::SecurityGroup",
                    "CUSTOMER: team-net"));
            assertThat(matrix).anySatisfy(row -> assertThat(row).contains("AWS::S3::Bucket", "CUSTOMER: UNOWNED"));
            List<List<String>> posture = rows(workbook.getSheet("Posture"));
            assertThat(posture).hasSize(1 + catalog.all().size());
            assertThat(posture.get(0)).startsWith("framework", "title", "version", "total");
        }
    }

    @Test
    void pdfRendersBothChartsOnTheirPages() throws Exception {
        byte[] pdf = given().auth().oauth2(TestTokens.auditor(TENANT)).get(BASE + "/report.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Posture per framework", "Responsibility matrix", "export-co");
            PDFRenderer renderer = new PDFRenderer(document);
            BufferedImage posturePage = renderer.renderImage(0);
            // The bar chart's "inherited" segment (ISO 27001 has AWS-side requirements) and its legend.
            assertThat(countPixels(posturePage, 0x718096)).as("inherited bars").isGreaterThan(200);
            BufferedImage matrixPage = renderer.renderImage(1);
            assertThat(countPixels(matrixPage, 0x3182ce)).as("customer cells").isGreaterThan(100);
            assertThat(countPixels(matrixPage, 0xe53e3e)).as("unowned cells").isGreaterThan(100);
        }
    }

    @Test
    void oscalAssessmentResultsValidateAndReadBackWithLiboscal() throws Exception {
        byte[] ar = given().auth().oauth2(TestTokens.auditor(TENANT))
                .get(BASE + "/oscal/assessment-results.json?framework=iso27001-2022").then().statusCode(200)
                .extract().asByteArray();
        assertThat(OscalDocuments.validate(ar, OscalDocuments.ASSESSMENT_RESULTS_SCHEMA)).isEmpty();
        Path file = Files.createTempFile("ar-", ".json");
        Files.write(file, ar);
        AssessmentResults parsed = OscalBindingContext.instance().loadAssessmentResults(file);
        var result = parsed.getResults().get(0);
        assertThat(result.getObservations()).hasSize(2);
        JsonNode findings = json.readTree(ar).path("assessment-results").path("results").get(0).path("findings");
        assertThat(stateOf(findings, "a.8.20")).isEqualTo("not-satisfied");
        assertThat(stateOf(findings, "a.5.18")).isEqualTo("satisfied");
    }

    @Test
    void oscalSystemSecurityPlanValidatesAndSplitsEachRequirement() throws Exception {
        byte[] ssp = given().auth().oauth2(TestTokens.auditor(TENANT))
                .get(BASE + "/oscal/system-security-plan.json?framework=iso27001-2022").then().statusCode(200)
                .extract().asByteArray();
        assertThat(OscalDocuments.validate(ssp, OscalDocuments.SYSTEM_SECURITY_PLAN_SCHEMA)).isEmpty();
        Path file = Files.createTempFile("ssp-", ".json");
        Files.write(file, ssp);
        SystemSecurityPlan parsed = OscalBindingContext.instance().loadSystemSecurityPlan(file);
        assertThat(parsed.getControlImplementation().getImplementedRequirements())
                .hasSize(catalog.find("iso27001-2022").orElseThrow().requirements().size());
        JsonNode requirements = json.readTree(ssp).path("system-security-plan").path("control-implementation")
                .path("implemented-requirements");
        JsonNode physical = find(requirements, "a.7.1");
        assertThat(physical.path("by-components").get(0).path("export").path("provided")).hasSize(1);
        assertThat(physical.path("by-components").get(1).path("inherited")).hasSize(1);
    }

    @Test
    void schemaValidationCatchesABrokenDocument() throws Exception {
        byte[] ar = given().auth().oauth2(TestTokens.auditor(TENANT))
                .get(BASE + "/oscal/assessment-results.json?framework=iso27001-2022").then().statusCode(200)
                .extract().asByteArray();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(ar);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("assessment-results")).remove("metadata");
        assertThat(OscalDocuments.validate(json.writeValueAsBytes(tree), OscalDocuments.ASSESSMENT_RESULTS_SCHEMA))
                .isNotEmpty();
    }

    @Test
    void ocsfEventsCarryTheRequiredAttributes() throws Exception {
        JsonNode events = json.readTree(given().auth().oauth2(TestTokens.auditor(TENANT))
                .get(BASE + "/findings.ocsf.json").then().statusCode(200).extract().asByteArray());
        assertThat(events).hasSize(3);
        for (JsonNode event : events) {
            assertThat(event.path("class_uid").asInt()).isEqualTo(2003);
            assertThat(event.path("category_uid").asInt()).isEqualTo(2);
            assertThat(event.path("type_uid").asInt()).isEqualTo(200302);
            assertThat(event.path("severity_id").asInt()).isBetween(1, 5);
            assertThat(event.path("status").asText()).isNotBlank();
            assertThat(event.path("time").asLong()).isEqualTo(SEEN.toEpochMilli());
            assertThat(event.path("metadata").path("product").path("name").asText()).isEqualTo("Demarc");
            assertThat(event.path("metadata").path("version").asText()).isEqualTo("1.3.0");
            assertThat(event.path("resources").get(0).path("uid").asText()).startsWith("arn:aws:");
            assertThat(event.path("compliance").path("control").asText()).isNotBlank();
        }
        JsonNode ssh = find(events, "x-ssh");
        assertThat(ssh.path("compliance").path("status").asText()).isEqualTo("Fail");
        assertThat(ssh.path("severity_id").asInt()).isEqualTo(4);
        assertThat(ssh.path("compliance").path("standards").toString()).contains("iso27001-2022", "cis-aws-3.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oscal/assessment-results.json", "/oscal/system-security-plan.json",
            "/oscal/assessment-results.json?framework=nope", "/findings.csv?framework=nope"})
    void refusesAMissingOrUnknownFrameworkNamingTheKnownOnes(String path) {
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + path).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("iso27001-2022"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/findings.csv", "/findings.xlsx", "/findings.ocsf.json", "/report.pdf",
            "/oscal/assessment-results.json?framework=soc2", "/oscal/system-security-plan.json?framework=soc2"})
    void refusesOutsiders(String path) {
        TenantWall.assertRefusesOutsiders(BASE + path, TENANT, "other-co");
    }

    private List<List<String>> expectedRows(String framework) {
        List<FindingRow> rows = new ArrayList<>(
                ScopedReads.inTenant(TENANT, () -> reader.rows(FindingScope.all(TENANT))));
        rows.sort(Comparator.comparingLong(FindingRow::seq));
        return rows.stream().map(FindingColumns::cells).toList();
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String stateOf(JsonNode findings, String targetId) {
        for (JsonNode finding : findings) {
            if (finding.path("target").path("target-id").asText().equals(targetId)) {
                return finding.path("target").path("status").path("state").asText();
            }
        }
        throw new AssertionError("no finding for " + targetId + " in " + findings);
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (id.equals(node.path("control-id").asText()) || id.equals(node.path("metadata").path("uid").asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + id);
    }
}
