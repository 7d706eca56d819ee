package io.demarc.reporting.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.StringReader;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.reporting.evidence.service.EvidencePackageBuilder;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * One signed package of tenant {@code evidence-co} for ISO 27001 over the first half of 2025, opened and checked file
 * by file against the rows the test wrote: what belongs in it is there, what does not is not, and every hash holds.
 */
@QuarkusTest
@TestProfile(SigningKeyProfile.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = "findings,resources,accounts,ownership"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidencePackageContentTest {

    static final String TENANT = "evidence-co";
    static final String ISO = "iso27001-2022";
    static final Instant IN_PERIOD = Instant.parse("2025-03-01T08:00:00Z");

    @Inject
    ReadModelSeed seed;

    @Inject
    ObjectMapper json;

    @Inject
    ControlLibrary controls;

    private boolean attempted;
    private Map<String, byte[]> files;
    private JsonNode manifest;

    /** Once per class, but in @BeforeEach: REST Assured learns the test port only after @BeforeAll. */
    @BeforeEach
    void buildOnePackage() throws Exception {
        if (attempted) {
            return;
        }
        attempted = true;
        seed.finding(TENANT, "f-ssh", "ec2-sg-ssh-open-world", "FAIL", "HIGH", "AWS::EC2::SecurityGroup",
                "{\"iso27001-2022\":[\"A.8.20\"]}", IN_PERIOD);
        seed.finding(TENANT, "f-admin", "iam-policy-no-admin", "PASS", "HIGH", "AWS::IAM::Policy",
                "{\"iso27001-2022\":[\"A.5.18\"]}", IN_PERIOD);
        seed.finding(TENANT, "f-custom", "tenant-custom-1", "FAIL", "LOW", "AWS::S3::Bucket",
                "{\"iso27001-2022\":[\"A.8.9\"]}", IN_PERIOD);
        seed.finding(TENANT, "f-other-framework", "tenant-custom-2", "FAIL", "LOW", "AWS::S3::Bucket",
                "{\"soc2\":[\"cc_6_6\"]}", IN_PERIOD);
        seed.finding(TENANT, "f-after-period", "ec2-sg-ssh-open-world", "FAIL", "HIGH", "AWS::EC2::SecurityGroup",
                "{\"iso27001-2022\":[\"A.8.20\"]}", Instant.parse("2025-08-01T00:00:00Z"));
        seed.finding("someone-else", "f-foreign", "ec2-sg-ssh-open-world", "FAIL", "HIGH",
                "AWS::EC2::SecurityGroup", "{\"iso27001-2022\":[\"A.8.20\"]}", IN_PERIOD);
        seed.approvedException(TENANT, "ex-in-force", "f-ssh", Instant.parse("2025-02-01T00:00:00Z"),
                Instant.parse("2025-12-31T00:00:00Z"));
        seed.approvedException(TENANT, "ex-expired-before", "f-ssh", Instant.parse("2024-06-01T00:00:00Z"),
                Instant.parse("2024-12-01T00:00:00Z"));
        seed.attestation(TENANT, "att-policy", ISO, "A.5.1", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"));
        seed.attestation(TENANT, "att-soc2", "soc2", "cc_1_3", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"));
        seed.matrixRow(TENANT, "AWS::EC2::SecurityGroup", "network-configuration", "team-net");
        seed.recount(TENANT);

        String location = given().auth().oauth2(TestTokens.auditor(TENANT)).contentType("application/json")
                .body("{\"framework\":\"" + ISO + "\",\"from\":\"2025-01-01\",\"to\":\"2025-06-30\"}")
                .post("/api/v1/tenants/" + TENANT + "/evidence-packages").then().statusCode(202)
                .header("Location", containsString("/api/v1/tenants/" + TENANT + "/evidence-packages/"))
                .body("status", equalTo("QUEUED")).body("stepsTotal", equalTo(EvidencePackageBuilder.STEPS))
                .extract().header("Location");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.auditor(TENANT))
                .get(location).then().statusCode(200).extract().path("status").equals("SUCCEEDED"));
        given().auth().oauth2(TestTokens.auditor(TENANT)).get(location).then()
                .body("stepsDone", equalTo(EvidencePackageBuilder.STEPS)).body("signed", equalTo(true))
                .body("requestedBy", notNullValue()).body("currentStep", nullValue());
        byte[] zip = given().auth().oauth2(TestTokens.auditor(TENANT)).get(location + "/content").then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();
        String sha256 = given().auth().oauth2(TestTokens.auditor(TENANT)).get(location).path("sha256");
        assertThat(hex(zip)).isEqualTo(sha256);
        files = PackageZipReader.entries(zip);
        manifest = json.readTree(files.get("manifest.json"));
    }

    @Test
    void manifestListsEveryFileWithItsHashAndSize() {
        assertThat(manifest.path("files").findValuesAsText("path")).isEqualTo(EvidencePackageBuilder.FILES);
        for (JsonNode file : manifest.path("files")) {
            byte[] content = files.get(file.path("path").asText());
            assertThat(hex(content)).as(file.path("path").asText()).isEqualTo(file.path("sha256").asText());
            assertThat(content.length).isEqualTo(file.path("size").asLong());
        }
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(concat(EvidencePackageBuilder.FILES,
                List.of("manifest.json", "manifest.sig", "signing-key.pub.pem")));
    }

    @Test
    void manifestSaysWhatThePackageIsAbout() {
        assertThat(manifest.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(manifest.path("tenantId").asText()).isEqualTo(TENANT);
        assertThat(manifest.path("framework").path("key").asText()).isEqualTo(ISO);
        assertThat(manifest.path("period").path("from").asText()).isEqualTo("2025-01-01");
        assertThat(manifest.path("period").path("to").asText()).isEqualTo("2025-06-30");
        assertThat(manifest.path("catalogVersion").asText()).isEqualTo(controls.version());
        assertThat(manifest.path("generator").path("name").asText()).isEqualTo("demarc reporting-service");
        assertThat(Instant.parse(manifest.path("generatedAt").asText())).isAfter(Instant.now().minusSeconds(120));
    }

    @Test
    void signatureOverTheManifestVerifiesWithTheConfiguredKey() throws Exception {
        byte[] signature = Base64.getDecoder().decode(new String(files.get("manifest.sig")).trim());
        assertThat(verify(SigningKeyProfile.KEYS.getPublic(), signature)).isTrue();
        String pem = new String(files.get("signing-key.pub.pem"));
        PublicKey packaged = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64
                .getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""))));
        assertThat(packaged.getEncoded()).isEqualTo(SigningKeyProfile.KEYS.getPublic().getEncoded());
        assertThat(manifest.path("signature").path("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(manifest.path("signature").path("publicKeySha256").asText())
                .isEqualTo(hex(SigningKeyProfile.KEYS.getPublic().getEncoded()));
    }

    @Test
    void findingsAreThoseOfTheFrameworkKnownBeforeThePeriodEnded() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(PackageZipReader.text(files, "findings.csv"))).getRecords();
        assertThat(rows).extracting(row -> row.get("finding_id"))
                .containsExactlyInAnyOrder("f-ssh", "f-admin", "f-custom");
        CSVRecord ssh = rows.stream().filter(row -> row.get("finding_id").equals("f-ssh")).findFirst().orElseThrow();
        assertThat(ssh.get("remediation")).isEqualTo("Fix it, \"quoted\", with a comma");
        assertThat(ssh.get("owner_team_id")).isEqualTo("team-net");
        assertThat(ssh.get("references")).isEqualTo("iso27001-2022: A.8.20");
        JsonNode findings = json.readTree(files.get("findings.json"));
        assertThat(findings.findValuesAsText("findingId")).containsExactlyInAnyOrder("f-ssh", "f-admin", "f-custom");
    }

    @Test
    void configurationEvidenceCarriesWhatTheControlSawAndTheItemHash() throws Exception {
        JsonNode evidence = json.readTree(files.get("configuration-evidence.json"));
        assertThat(evidence).hasSize(3);
        JsonNode ssh = find(evidence, "findingId", "f-ssh");
        assertThat(ssh.path("itemHash").asText()).isEqualTo("sha256:f-ssh");
        assertThat(ssh.path("evidence").path("ipPermissions").get(0).path("cidrIp").asText()).isEqualTo("0.0.0.0/0");
    }

    @Test
    void exceptionsAttestationsMatrixAndInheritedRequirementsAreThere() throws Exception {
        JsonNode exceptions = json.readTree(files.get("exceptions.json"));
        assertThat(exceptions.findValuesAsText("exceptionId")).containsExactly("ex-in-force");
        assertThat(exceptions.get(0).path("approvedBy").asText()).isEqualTo("bob");
        assertThat(json.readTree(files.get("attestations.json")).findValuesAsText("attestationId"))
                .containsExactly("att-policy");
        JsonNode matrix = json.readTree(files.get("responsibility-matrix.json"));
        assertThat(matrix.path("types").get(0).path("resourceType").asText()).isEqualTo("AWS::EC2::SecurityGroup");
        JsonNode inherited = json.readTree(files.get("inherited-requirements.json"));
        assertThat(inherited.size()).isGreaterThan(0);
        inherited.forEach(requirement -> assertThat(requirement.path("awsAttestation").asText()).isNotBlank());
        assertThat(inherited.findValuesAsText("requirementId")).contains("A.7.1");
        JsonNode posture = json.readTree(files.get("posture.json"));
        assertThat(posture.path("summary").path("framework").asText()).isEqualTo(ISO);
        assertThat(posture.path("requirements").size()).isEqualTo(posture.path("summary").path("total").asInt());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    private boolean verify(PublicKey key, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(files.get("manifest.json"));
        return verifier.verify(signature);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
