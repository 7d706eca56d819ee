package io.demarc.ownership;

import static io.demarc.ownership.ResourceEventFixtures.T0;
import static io.demarc.ownership.ResourceEventFixtures.deleted;
import static io.demarc.ownership.ResourceEventFixtures.exampleItem;
import static io.demarc.ownership.ResourceEventFixtures.item;
import static io.demarc.ownership.ResourceEventFixtures.upserted;
import static io.demarc.testing.InMemoryDelivery.Status.ACKED;
import static io.demarc.testing.InMemoryDelivery.Status.NACKED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.ResourceChanged;
import io.demarc.contracts.ResourceChanged.Change;
import io.demarc.ownership.repository.TenantResourceRepository;
import io.demarc.service.messaging.ProcessedEvent;
import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.InMemoryDelivery;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/**
 * The per-tenant resource list as built from the {@code resources} channel, checked through the resource-type API.
 * Each test works in a tenant of its own, so counts are exact.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources"), @ResourceArg(name = "outgoing", value = "outbox")})
class ResourceConsumerTest {

    private static final String BUCKET = "AWS::S3::Bucket";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    TenantResourceRepository resources;

    @Test
    void realItemsOfSeveralTypesAreCountedPerType() {
        String tenant = newTenant();
        for (String file : List.of("AWS_DynamoDB_Table.json", "AWS_EC2_SecurityGroup.json", "AWS_IAM_Role.json",
                "AWS_EC2_Instance.json")) {
            assertThat(deliver(upserted(tenant, exampleItem(file)))).isEqualTo(ACKED);
        }
        deliver(upserted(tenant, item(BUCKET, "logs", T0)));
        deliver(upserted(tenant, item(BUCKET, "data", T0.plusSeconds(60))));

        resourceTypes(tenant).statusCode(200)
                .body("items.resourceType", contains("AWS::DynamoDB::Table", "AWS::EC2::Instance",
                        "AWS::EC2::SecurityGroup", "AWS::IAM::Role", BUCKET))
                .body("items.resourceCount", contains(1, 1, 1, 1, 2))
                .body("items[2].firstSeenAt", equalTo("2016-06-09T08:59:59.139Z"))
                .body("items[4].firstSeenAt", equalTo("2025-06-01T10:00:00Z"))
                .body("total", equalTo(5));
    }

    @Test
    void replaysDoNotDoubleCount() {
        String tenant = newTenant();
        ConfigurationItem bucket = item(BUCKET, "logs", T0);
        String eventId = UUID.randomUUID().toString();
        ResourceChanged change = new ResourceChanged(tenant, Change.UPSERTED, bucket);

        deliver(ResourceEventFixtures.withId(eventId, change));
        assertThat(deliver(ResourceEventFixtures.withId(eventId, change))).isEqualTo(ACKED);
        // The same item again under a new event id, as an inventory re-import sends it.
        assertThat(deliver(upserted(tenant, bucket))).isEqualTo(ACKED);

        resourceTypes(tenant).body("items.resourceCount", contains(1));
        assertThat(TenantScope.of(tenant, () -> resources.count("tenantId", tenant))).isEqualTo(1);
    }

    @Test
    void deletedResourcesDoNotCount() {
        String tenant = newTenant();
        deliver(upserted(tenant, item(BUCKET, "logs", T0)));
        deliver(upserted(tenant, item(BUCKET, "data", T0)));

        // Inventory's deletion carries the last known item, captured at the same time as the upsert.
        deliver(deleted(tenant, item(BUCKET, "logs", T0)));
        resourceTypes(tenant).body("items.resourceCount", contains(1));

        // AWS Config's own deletion item says so in its status.
        deliver(upserted(tenant, item(BUCKET, "data", T0.plusSeconds(60), "ResourceDeleted")));
        resourceTypes(tenant).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void olderItemsDoNotOverrideNewerOnes() {
        String tenant = newTenant();
        Instant t1 = T0.plus(Duration.ofHours(1));
        deliver(upserted(tenant, item(BUCKET, "logs", t1)));
        deliver(deleted(tenant, item(BUCKET, "logs", t1.plus(Duration.ofHours(1)))));

        assertThat(deliver(upserted(tenant, item(BUCKET, "logs", T0)))).isEqualTo(ACKED);
        resourceTypes(tenant).body("items", empty());

        deliver(upserted(tenant, item(BUCKET, "logs", t1.plus(Duration.ofHours(2)))));
        resourceTypes(tenant).body("items.resourceCount", contains(1))
                .body("items[0].firstSeenAt", equalTo("2025-06-01T10:00:00Z"));
    }

    @Test
    void itemsCapturedAtTheSameTimeAreOrderedByStateId() {
        String tenant = newTenant();
        deliver(upserted(tenant, withState(item(BUCKET, "logs", T0), "100")));
        deliver(deleted(tenant, withState(item(BUCKET, "logs", T0), "100")));

        // A re-import of the item the deletion followed does not bring the resource back ...
        deliver(upserted(tenant, withState(item(BUCKET, "logs", T0), "100")));
        resourceTypes(tenant).body("items", empty());

        // ... a later state of it does.
        deliver(upserted(tenant, withState(item(BUCKET, "logs", T0), "101")));
        resourceTypes(tenant).body("items.resourceCount", contains(1));
    }

    @Test
    void poisonMessagesAreNackedAndChangeNothing() {
        String tenant = newTenant();
        ConfigurationItem bucket = item(BUCKET, "logs", T0);
        CloudEvent<FindingChanged> finding = EventCodec.envelope("urn:demarc:assessment-service",
                FindingChanged.TYPE, tenant, "x", new FindingChanged(tenant, "f", "S3.8", null, null, null, null,
                        null, T0, null, null, null, null));
        long rowsBefore = TenantScope.acrossTenants(() -> resources.count());
        long processedBefore = ProcessedEvent.count();

        assertThat(deliver("<xml>not an event</xml>")).isEqualTo(NACKED);
        assertThat(deliver(EventCodec.write(finding))).isEqualTo(NACKED);
        assertThat(deliver(ResourceEventFixtures.event("globex",
                new ResourceChanged(tenant, Change.UPSERTED, bucket)))).isEqualTo(NACKED);
        assertThat(deliver(upserted(tenant, null))).isEqualTo(NACKED);
        assertThat(deliver(ResourceEventFixtures.event(tenant, new ResourceChanged(tenant, null, bucket))))
                .isEqualTo(NACKED);
        assertThat(deliver(upserted(tenant, item(BUCKET, "logs", null)))).isEqualTo(NACKED);
        assertThat(deliver(upserted(tenant, item(null, "logs", T0)))).isEqualTo(NACKED);

        assertThat((long) TenantScope.acrossTenants(() -> resources.count())).isEqualTo(rowsBefore);
        assertThat(ProcessedEvent.count()).isEqualTo(processedBefore);
        // The channel keeps going after poison: the next good event is applied.
        assertThat(deliver(upserted(tenant, bucket))).isEqualTo(ACKED);
        resourceTypes(tenant).body("items.resourceCount", contains(1));
    }

    private InMemoryDelivery.Status deliver(String payload) {
        return InMemoryDelivery.deliver(connector, "resources", payload).status();
    }

    private static ConfigurationItem withState(ConfigurationItem i, String stateId) {
        return new ConfigurationItem(i.accountId(), i.awsRegion(), i.resourceType(), i.resourceId(), i.resourceName(),
                i.arn(), i.configurationItemCaptureTime(), stateId, i.configurationItemStatus(), i.tags(),
                i.configuration(), i.supplementaryConfiguration());
    }

    private static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse resourceTypes(String tenant) {
        return given().auth().oauth2(TestTokens.analyst(tenant))
                .get("/api/v1/tenants/{tenant}/resource-types", tenant).then();
    }
}
