package io.demarc.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ResourceChanged;
import io.demarc.contracts.Topics;
import io.demarc.inventory.api.ImportSummary;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Importing configuration items: what is stored, what is announced, and the ordering rule. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class ImportResourceTest {

    @Inject
    InventoryProbe probe;

    final String tenant = ConfigItems.newTenant();

    @Test
    void storesASecurityGroupAndAnnouncesItOnce() {
        importing(ConfigItems.bytes(ConfigItems.SECURITY_GROUP)).statusCode(200).contentType(ContentType.JSON)
                .body("received", equalTo(1)).body("stored", equalTo(1))
                .body("unchanged", equalTo(0)).body("stale", equalTo(0));

        assertThat(probe.resourceCount(tenant)).isEqualTo(1);
        List<Message<String>> messages = probe.publishedMessages(tenant);
        assertThat(messages).hasSize(1);
        String key = tenant + "/" + ConfigItems.SG_ACCOUNT + "/AWS::EC2::SecurityGroup/" + ConfigItems.SG_ID;
        OutgoingKafkaRecordMetadata<?> kafka = messages.get(0).getMetadata(OutgoingKafkaRecordMetadata.class)
                .orElseThrow();
        assertThat(kafka.getTopic()).isEqualTo(Topics.INVENTORY_RESOURCES);
        assertThat(kafka.getKey()).isEqualTo(key);
        CloudEvent<ResourceChanged> event = InventoryProbe.read(messages.get(0));
        assertThat(event.type()).isEqualTo(ResourceChanged.TYPE);
        assertThat(event.tenantid()).isEqualTo(tenant);
        assertThat(event.source()).isEqualTo("/demarc/inventory-service");
        assertThat(event.data().tenantId()).isEqualTo(tenant);
        assertThat(event.data().change()).isEqualTo(ResourceChanged.Change.UPSERTED);
        assertThat(event.data().item().resourceId()).isEqualTo(ConfigItems.SG_ID);
        assertThat(event.data().item().configuration().path("groupName").asText()).isEqualTo("launch-wizard-7");
        // The hash inventory stored travels with the event, and is the one of the item the event carries.
        assertThat(event.data().itemHash())
                .isEqualTo(io.demarc.catalog.ingest.ConfigurationItemHash.sha256(event.data().item()))
                .isEqualTo(probe.storedHash(tenant, ConfigItems.SG_ID));
    }

    @Test
    void reimportingTheSameItemChangesNothingAndAnnouncesNothing() {
        importing(ConfigItems.bytes(ConfigItems.SECURITY_GROUP)).statusCode(200).body("stored", equalTo(1));

        importing(ConfigItems.bytes(ConfigItems.SECURITY_GROUP)).statusCode(200)
                .body("received", equalTo(1)).body("stored", equalTo(0)).body("unchanged", equalTo(1));

        assertThat(probe.publishedEvents(tenant)).hasSize(1);
    }

    @Test
    void anOlderItemIsStaleAndANewerOneReplacesTheStoredOne() {
        importing(ConfigItems.bytes(ConfigItems.SECURITY_GROUP)).statusCode(200);

        importing(ConfigItems.securityGroupAt("2016-06-08T00:00:00Z", "older")).statusCode(200)
                .body("stored", equalTo(0)).body("stale", equalTo(1));
        importing(ConfigItems.securityGroupAt("2016-06-10T00:00:00Z", "newer")).statusCode(200)
                .body("stored", equalTo(1)).body("stale", equalTo(0));

        List<CloudEvent<ResourceChanged>> events = probe.publishedEvents(tenant);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).data().item().configuration().path("description").asText()).isEqualTo("newer");
        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/resources", tenant).then()
                .statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].configurationItemCaptureTime", equalTo("2016-06-10T00:00:00Z"));
    }

    @Test
    void onEqualCaptureTimesTheHigherStateIdWins() {
        importing(ConfigItems.bytes(ConfigItems.SECURITY_GROUP)).statusCode(200);

        var lower = ConfigItems.securityGroupAt(ConfigItems.SG_CAPTURE_TIME, "lower state").put(
                "configurationStateId", "9");
        var higher = ConfigItems.securityGroupAt(ConfigItems.SG_CAPTURE_TIME, "higher state").put(
                "configurationStateId", "100");

        importing(lower).statusCode(200).body("stale", equalTo(1));
        importing(higher).statusCode(200).body("stored", equalTo(1));
    }

    @Test
    void readsArraysAndSnapshots() {
        importing(ConfigItems.bytes(ConfigItems.RDK + "AWS_LAMBDA_FUNCTION.json")).statusCode(200)
                .body("received", equalTo(1)).body("stored", equalTo(1));
        importing(ConfigItems.snapshot(ConfigItems.securityGroup(),
                ConfigItems.item(ConfigItems.RDK + "AWS_EC2_VPC.json"),
                ConfigItems.item(ConfigItems.RDK + "AWS_EC2_Subnet.json"))).statusCode(200)
                .body("received", equalTo(3)).body("stored", equalTo(3));
        importing(ConfigItems.bytes("c7n-tests-data/config__rds-cluster.json")).statusCode(200)
                .body("stored", equalTo(1));
        importing(ConfigItems.bytes("awsdocs-config-developer-guide/example-sns-notification_1.json"))
                .statusCode(200).body("stored", equalTo(1));

        assertThat(probe.resourceCount(tenant)).isEqualTo(6);
        assertThat(probe.publishedEvents(tenant)).hasSize(6);
    }

    @Test
    void keepsOnlyTheNewestOfSeveralItemsOfOneResource() {
        importing(ConfigItems.array(ConfigItems.securityGroupAt("2016-06-10T00:00:00Z", "newest"),
                ConfigItems.securityGroupAt("2016-06-09T00:00:00Z", "older"),
                ConfigItems.securityGroupAt("2016-06-10T00:00:00Z", "newest"))).statusCode(200)
                .body("received", equalTo(3)).body("stored", equalTo(1)).body("unchanged", equalTo(1))
                .body("stale", equalTo(1));

        List<CloudEvent<ResourceChanged>> events = probe.publishedEvents(tenant);
        assertThat(events).singleElement().satisfies(event -> assertThat(
                event.data().item().configuration().path("description").asText()).isEqualTo("newest"));
    }

    @Test
    void aDeletionIsStoredAndAnnouncedAsSuch() {
        importing(ConfigItems.bytes(ConfigItems.SECURITY_GROUP)).statusCode(200);
        var deletion = ConfigItems.securityGroupAt("2016-06-10T00:00:00Z", "gone")
                .put("configurationItemStatus", "ResourceDeleted");
        deletion.putNull("configuration");

        importing(deletion).statusCode(200).body("stored", equalTo(1));

        assertThat(probe.publishedEvents(tenant)).extracting(event -> event.data().change())
                .containsExactly(ResourceChanged.Change.UPSERTED, ResourceChanged.Change.DELETED);
        given().auth().oauth2(TestTokens.auditor(tenant)).get("/api/v1/tenants/{t}/resources", tenant).then()
                .statusCode(200).body("items[0].deleted", equalTo(true))
                .body("items[0].configurationItemStatus", equalTo("ResourceDeleted"));
    }

    @Test
    void concurrentImportsOfOneResourceStoreItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ImportSummary>> imports = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                imports.add(pool.submit(() -> importing(ConfigItems.bytes(ConfigItems.SECURITY_GROUP)).statusCode(200)
                        .extract().as(ImportSummary.class)));
            }
            List<ImportSummary> summaries = new ArrayList<>();
            for (Future<ImportSummary> summary : imports) {
                summaries.add(summary.get(30, TimeUnit.SECONDS));
            }

            assertThat(summaries).extracting(ImportSummary::stored).containsOnly(0, 1).containsOnlyOnce(1);
            assertThat(probe.resourceCount(tenant)).isEqualTo(1);
            assertThat(probe.publishedEvents(tenant)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private ValidatableResponse importing(JsonNode items) {
        return importing(ConfigItems.json(items).getBytes(StandardCharsets.UTF_8));
    }

    private ValidatableResponse importing(byte[] body) {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tenants/{t}/imports", tenant).then();
    }
}
