package io.demarc.reporting;

import static io.demarc.reporting.ReadModelEvents.DATA_TEAM;
import static io.demarc.reporting.ReadModelEvents.PLATFORM_TEAM;
import static io.demarc.reporting.ReadModelEvents.account;
import static io.demarc.reporting.ReadModelEvents.event;
import static io.demarc.reporting.ReadModelEvents.matrixRemoved;
import static io.demarc.reporting.ReadModelEvents.matrixRow;
import static io.demarc.reporting.ReadModelEvents.resource;
import static io.demarc.reporting.ReportingTestSupport.deliver;
import static io.demarc.reporting.ReportingTestSupport.deliverAcked;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.contracts.AccountChanged;
import io.demarc.contracts.AssignmentChanged;
import io.demarc.contracts.MatrixChanged;
import io.demarc.contracts.ResourceChanged;
import io.demarc.reporting.repository.AccountRepository;
import io.demarc.service.messaging.ProcessedEvent;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.InMemoryDelivery;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** Inventory's and ownership's events as read models: resources counted by type and model, accounts, the matrix. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = ReportingTestSupport.CHANNELS))
class InventoryAndMatrixTest {

    private static final String TENANT = "initech";
    private static final String BASE = "/api/v1/tenants/initech";
    private static final String A = "111111111111";
    private static final String B = "222222222222";
    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static boolean seeded;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    AccountRepository accounts;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        resourceEvent(A, "AWS::EC2::Instance", "i-1", T0, false);
        resourceEvent(A, "AWS::EC2::Instance", "i-2", T0, false);
        resourceEvent(B, "AWS::EC2::Instance", "i-3", T0, false);
        resourceEvent(A, "AWS::S3::Bucket", "b-1", T0, false);
        resourceEvent(A, "AWS::Lambda::Function", "f-1", T0, false);
        // f-1 deleted, then an older upsert arrives late: it stays deleted.
        resourceEvent(A, "AWS::Lambda::Function", "f-1", T0.plusSeconds(60), true);
        resourceEvent(A, "AWS::Lambda::Function", "f-1", T0.plusSeconds(30), false);
        // The same item twice changes no count.
        resourceEvent(A, "AWS::S3::Bucket", "b-1", T0, false);
        resourceEvent(A, "Custom::Thing", "x-1", T0, false);

        ownership(matrixRow(TENANT, "AWS::EC2::Instance", "IAAS", PLATFORM_TEAM));
        ownership(matrixRow(TENANT, "AWS::S3::Bucket", "ABSTRACTED", DATA_TEAM));
        ownership(matrixRow(TENANT, "AWS::S3::Bucket", "ABSTRACTED", null));
        ownership(matrixRow(TENANT, "AWS::Lambda::Function", "SERVERLESS", PLATFORM_TEAM));
        ownership(matrixRemoved(TENANT, "AWS::Lambda::Function"));

        deliverAcked(connector, "accounts", event(AccountChanged.TYPE, TENANT,
                account(TENANT, A, AccountChanged.Change.REGISTERED, T0)));
        deliverAcked(connector, "accounts", event(AccountChanged.TYPE, TENANT,
                account(TENANT, B, AccountChanged.Change.REGISTERED, T0)));
        deliverAcked(connector, "accounts", event(AccountChanged.TYPE, TENANT,
                account(TENANT, B, AccountChanged.Change.REMOVED, T0.plusSeconds(60))));
        seeded = true;
    }

    @Test
    void countsLiveResourcesByTypeAndServiceModel() {
        given().auth().oauth2(TestTokens.auditor(TENANT)).get(BASE + "/inventory").then().statusCode(200)
                .body("total", equalTo(5))
                .body("byServiceModel.IAAS", equalTo(3))
                .body("byServiceModel.ABSTRACTED", equalTo(1))
                .body("byServiceModel.UNKNOWN", equalTo(1))
                .body("byServiceModel.SERVERLESS", nullValue())
                .body("types.resourceType", contains("AWS::EC2::Instance", "AWS::S3::Bucket", "Custom::Thing"));
        given().auth().oauth2(TestTokens.auditor(TENANT)).get(BASE + "/inventory?accountId=" + B).then()
                .statusCode(200).body("total", equalTo(1)).body("accountId", equalTo(B));
    }

    @Test
    void matrixShowsTypesInUseWithOwnersAndUnownedDuties() {
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/matrix").then().statusCode(200)
                .body("types.resourceType", contains("AWS::EC2::Instance", "AWS::S3::Bucket"))
                .body("types[0].serviceModel", equalTo("IAAS"))
                .body("types[0].resources", equalTo(3))
                .body("types[0].cells", hasSize(3))
                .body("types[0].cells.find { it.domain == 'network-configuration' }.owner.teamId",
                        equalTo("team-platform"))
                .body("types[0].cells.find { it.domain == 'host-os' }.side", equalTo("AWS"))
                // The second S3 row replaced the first: its network duty lost its owner.
                .body("types[1].cells.find { it.domain == 'network-configuration' }.unowned", equalTo(true))
                .body("types[1].cells.find { it.domain == 'network-configuration' }.owner", nullValue())
                .body("unownedDuties", equalTo(3));
    }

    @Test
    void accountsKeepTheirLatestState() {
        assertThat(ScopedReads.inTenant(TENANT, () -> accounts.active(TENANT))).extracting(a -> a.accountId)
                .containsExactly(A);
    }

    @Test
    void assignmentsAndUnknownTypesAreAcknowledgedAndIgnored() {
        long processed = ProcessedEvent.count();
        deliverAcked(connector, "ownership", event(AssignmentChanged.TYPE, TENANT,
                new AssignmentChanged(TENANT, AssignmentChanged.Change.ASSIGNED, null)));
        deliverAcked(connector, "resources", event("io.demarc.inventory.something.else.v1", TENANT, "x"));
        deliverAcked(connector, "accounts", event("io.demarc.inventory.something.else.v1", TENANT, "x"));
        assertThat(ProcessedEvent.count()).isEqualTo(processed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"resources", "accounts", "ownership"})
    void poisonIsNackedAndChangesNothing(String channel) {
        String type = switch (channel) {
            case "resources" -> ResourceChanged.TYPE;
            case "accounts" -> AccountChanged.TYPE;
            default -> MatrixChanged.TYPE;
        };
        Object valid = switch (channel) {
            case "resources" -> resource(TENANT, A, "AWS::EC2::Instance", "i-poison", T0, false);
            case "accounts" -> account(TENANT, "999999999999", AccountChanged.Change.REGISTERED, T0);
            default -> matrixRow(TENANT, "AWS::RDS::DBInstance", "PAAS", null);
        };
        String inventory = inventoryJson();
        String matrix = matrixJson();
        long processed = ProcessedEvent.count();
        long accountRows = ScopedReads.acrossTenants(() -> accounts.count());
        // The seeded accounts are counted: a count that saw no row would prove nothing below.
        assertThat(accountRows).isPositive();

        assertThat(deliver(connector, channel, "not JSON")).isEqualTo(InMemoryDelivery.Status.NACKED);
        assertThat(deliver(connector, channel, "{\"specversion\":\"1.0\"}")).isEqualTo(InMemoryDelivery.Status.NACKED);
        // Tenant of the envelope and of the data disagree.
        assertThat(deliver(connector, channel, event(type, "globex", valid))).isEqualTo(InMemoryDelivery.Status.NACKED);
        // The type's required fields are missing.
        assertThat(deliver(connector, channel, event(type, TENANT, Map.of("tenantId", TENANT))))
                .isEqualTo(InMemoryDelivery.Status.NACKED);

        assertThat(inventoryJson()).isEqualTo(inventory);
        assertThat(matrixJson()).isEqualTo(matrix);
        assertThat(ProcessedEvent.count()).isEqualTo(processed);
        assertThat((long) ScopedReads.acrossTenants(() -> accounts.count())).isEqualTo(accountRows);
    }

    /** Ownership always refused such items; the resource contract now states it, so reporting refuses them too. */
    @Test
    void aResourceWithoutCaptureTimeIsNackedAndChangesNothing() {
        String inventory = inventoryJson();
        long processed = ProcessedEvent.count();
        Map<String, Object> item = Map.of("accountId", A, "resourceType", "AWS::EC2::Instance", "resourceId",
                "i-uncaptured");

        assertThat(deliver(connector, "resources", event(ResourceChanged.TYPE, TENANT,
                Map.of("tenantId", TENANT, "change", "UPSERTED", "item", item))))
                .isEqualTo(InMemoryDelivery.Status.NACKED);

        assertThat(inventoryJson()).isEqualTo(inventory);
        assertThat(ProcessedEvent.count()).isEqualTo(processed);
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE + "/inventory", BASE + "/matrix"})
    void everyRoleMayReadAndOutsidersAreRefused(String path) {
        for (String token : List.of(TestTokens.analyst(TENANT), TestTokens.auditor(TENANT),
                TestTokens.tenantAdmin(TENANT), TestTokens.platformAdmin())) {
            given().auth().oauth2(token).get(path).then().statusCode(200);
        }
        TenantWall.assertRefusesOutsiders(path, TENANT, "globex");
    }

    private void resourceEvent(String account, String type, String id, Instant at, boolean deleted) {
        deliverAcked(connector, "resources", event(ResourceChanged.TYPE, TENANT,
                resource(TENANT, account, type, id, at, deleted)));
    }

    private void ownership(MatrixChanged row) {
        deliverAcked(connector, "ownership", event(MatrixChanged.TYPE, TENANT, row));
    }

    private static String inventoryJson() {
        return given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/inventory").asString();
    }

    private static String matrixJson() {
        return given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/matrix").asString();
    }
}
