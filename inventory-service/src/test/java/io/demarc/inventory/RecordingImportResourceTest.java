package io.demarc.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ResourceChanged;
import io.demarc.contracts.Topics;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Importing a zip of recorded AWS API responses: stored like an AWS Config import, gaps reported, bad zips refused. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class RecordingImportResourceTest {

    static final Path RECORDINGS = Path.of("..", "..", "shared", "data", "aws-api-recordings");
    static final String SECURITY_GROUPS = "test_only_ports_and_cidr_ingress";
    static final String BUCKETS = "test_s3_check_public_block";

    @Inject
    InventoryProbe probe;

    final String tenant = ConfigItems.newTenant();

    @Test
    void storesTheSecurityGroupsOfARecordingAndAnnouncesEachOnce() {
        // 19 groups, one of them described again after a fix: its first state is stale.
        importing(folder(SECURITY_GROUPS), "region=us-east-1").statusCode(200)
                .body("received", equalTo(20)).body("stored", equalTo(19)).body("unchanged", equalTo(0))
                .body("stale", equalTo(1)).body("gaps", hasSize(0))
                .body("skipped.operation", hasItem("AuthorizeSecurityGroupIngress"));

        assertThat(probe.resourceCount(tenant)).isEqualTo(19);
        List<Message<String>> messages = probe.publishedMessages(tenant);
        assertThat(messages).hasSize(19);
        Message<String> fixed = messages.stream()
                .filter(m -> InventoryProbe.read(m).data().item().resourceId().equals("sg-02a60363e2b087ff8"))
                .findFirst().orElseThrow();
        OutgoingKafkaRecordMetadata<?> kafka = fixed.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        assertThat(kafka.getTopic()).isEqualTo(Topics.INVENTORY_RESOURCES);
        assertThat(kafka.getKey()).isEqualTo(tenant + "/123456789012/AWS::EC2::SecurityGroup/sg-02a60363e2b087ff8");
        CloudEvent<ResourceChanged> event = InventoryProbe.read(fixed);
        assertThat(event.data().change()).isEqualTo(ResourceChanged.Change.UPSERTED);
        assertThat(event.data().item().configurationStateId()).isEqualTo("2");
        assertThat(event.data().item().configuration().path("ipPermissions")).hasSize(3);
        given().auth().oauth2(TestTokens.analyst(tenant))
                .get("/api/v1/tenants/{t}/resources?resourceType=AWS::EC2::SecurityGroup", tenant).then()
                .statusCode(200)
                .body("items.size()", equalTo(19));
    }

    @Test
    void reimportingTheSameRecordingChangesNothing() {
        importing(folder(SECURITY_GROUPS), "region=us-east-1").statusCode(200).body("stored", equalTo(19));

        importing(folder(SECURITY_GROUPS), "region=us-east-1").statusCode(200).body("stored", equalTo(0))
                .body("unchanged", equalTo(19));

        assertThat(probe.publishedEvents(tenant)).hasSize(19);
    }

    @Test
    void aDeniedCallIsReportedAsAGapAndTheRestIsStored() {
        importing(folder(BUCKETS), "accountId=644160558196&region=us-east-1").statusCode(200)
                .body("stored", equalTo(3))
                .body("gaps", hasSize(1)).body("gaps[0].operation", equalTo("GetPublicAccessBlock"))
                .body("gaps[0].statusCode", equalTo(403)).body("gaps[0].errorCode", equalTo("AccessDenied"))
                .body("gaps[0].resource", equalTo("my-locked-down-bucket"));

        assertThat(probe.publishedEvents(tenant)).extracting(e -> e.data().item().accountId())
                .containsOnly("644160558196");
    }

    @Test
    void aRecordingThatNamesNoAccountNeedsTheAccountId() {
        importing(folder(BUCKETS), "region=us-east-1").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("accountId"));
        importing(folder(BUCKETS), "accountId=12345&region=us-east-1").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("12 digits"));

        assertThat(probe.resourceCount(tenant)).isZero();
    }

    @Test
    void refusesWhatIsNotASafeZipOfRecordings() {
        importing("not a zip".getBytes(StandardCharsets.UTF_8), "").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not a zip"));
        importing(zip(Map.of("../ec2.DescribeVpcs_1.json", "{}".getBytes(StandardCharsets.UTF_8))), "")
                .statusCode(400).body("detail", containsString("unsafe"));
        importing(zip(Map.of("README.md", "hello".getBytes(StandardCharsets.UTF_8))), "").statusCode(400)
                .body("detail", containsString("no recorded responses"));
        importing(zip(Map.of("ec2.DescribeVpcs_1.json", "{\"status_code\": 200, \"data\": {".getBytes(
                StandardCharsets.UTF_8))), "").statusCode(400).body("detail", containsString("not valid JSON"));
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json").body("{}")
                .post("/api/v1/tenants/{t}/imports/recordings", tenant).then().statusCode(415);

        assertThat(probe.resourceCount(tenant)).isZero();
    }

    @Test
    void onlyTenantAndPlatformAdminsImportAndOnlyIntoTheirTenants() {
        byte[] zip = folder("test_security_group_config_source");
        String path = "/api/v1/tenants/{t}/imports/recordings";

        given().contentType("application/zip").body(zip).post(path, tenant).then().statusCode(401);
        given().auth().oauth2(TestTokens.forAnotherAudience(tenant)).contentType("application/zip").body(zip)
                .post(path, tenant).then().statusCode(401);
        given().auth().oauth2(TestTokens.analyst(tenant)).contentType("application/zip").body(zip)
                .post(path, tenant).then().statusCode(403);
        given().auth().oauth2(TestTokens.auditor(tenant)).contentType("application/zip").body(zip)
                .post(path, tenant).then().statusCode(403);
        given().auth().oauth2(TestTokens.tenantAdmin("globex")).contentType("application/zip").body(zip)
                .post(path, tenant).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.platformAdmin()).contentType("application/zip").body(zip)
                .post(path + "?region=us-east-1", tenant).then().statusCode(200).body("stored", equalTo(1));
    }

    private ValidatableResponse importing(byte[] zip, String query) {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/zip").body(zip)
                .post("/api/v1/tenants/{t}/imports/recordings" + (query.isEmpty() ? "" : "?" + query), tenant)
                .then();
    }

    /** A zip of one recordings folder, its files under the folder's name as a zip tool would write them. */
    static byte[] folder(String name) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var entries = Files.list(RECORDINGS.resolve(name))) {
            for (Path file : entries.sorted().toList()) {
                files.put(name + "/" + file.getFileName(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip(files);
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
