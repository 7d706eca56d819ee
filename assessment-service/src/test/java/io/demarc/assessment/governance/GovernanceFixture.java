package io.demarc.assessment.governance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import io.demarc.assessment.MessagingHarness;
import io.demarc.assessment.service.ExceptionCoverage;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ResourceChanged;
import io.demarc.contracts.ResourceRef;
import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.InMemoryDelivery;
import io.demarc.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/**
 * What the exception, drift and framework tests share: fresh tenants, a second tenant-admin for four eyes, resource
 * events sent through the real consumer, and the events the outbox relay published.
 */
@ApplicationScoped
public class GovernanceFixture {

    public static final String SSH_CONTROL = "ec2-sg-ssh-open-world";
    public static final String ACCOUNT = "123456789012";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    MessagingHarness db;

    @Inject
    ExceptionCoverage coverage;

    public static String newTenant() {
        return "g-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A tenant-admin other than {@link TestTokens#tenantAdmin}: the second pair of eyes. */
    public static String secondAdmin(String tenant) {
        return TestTokens.user(tenant + "-second-admin", Set.of("tenant-admin"), List.of(tenant));
    }

    /** A security group of {@link #ACCOUNT} with the given configuration (single quotes for double). */
    public static ConfigurationItem securityGroup(String groupId, String configuration, Instant captured) {
        return new ConfigurationItem(ACCOUNT, "eu-west-1", "AWS::EC2::SecurityGroup", groupId, groupId,
                "arn:aws:ec2:eu-west-1:" + ACCOUNT + ":security-group/" + groupId, captured, null, "OK",
                Map.of("env", "prod"), json(configuration), null);
    }

    /** A group with SSH open to the world: the SSH control fails on it. */
    public static ConfigurationItem openGroup(String groupId, Instant captured) {
        return securityGroup(groupId, "{'groupId':'" + groupId + "','ipPermissions':[{'ipProtocol':'tcp',"
                + "'fromPort':22,'toPort':22,'ipRanges':['0.0.0.0/0']}]}", captured);
    }

    /** An approved exception of the SSH control for the whole tenant, expiring at {@code expiresAt}; returns its id. */
    public static String approvedTenantWide(String tenant, Instant expiresAt) {
        String path = "/api/v1/tenants/" + tenant + "/exceptions";
        String id = given().auth().oauth2(TestTokens.analyst(tenant)).contentType("application/json")
                .body("{\"controlId\":\"" + SSH_CONTROL + "\",\"scope\":{\"kind\":\"TENANT\"},"
                        + "\"justification\":\"lab tenant\",\"expiresAt\":\"" + expiresAt + "\"}")
                .post(path).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json").body("{}")
                .post(path + "/" + id + "/approve").then().statusCode(200);
        return id;
    }

    /** Sends the item as inventory would and asserts the consumer took it. */
    public void upsert(String tenant, ConfigurationItem item) {
        String event = EventCodec.write(EventCodec.envelope("/demarc/inventory-service", ResourceChanged.TYPE, tenant,
                item.arn(), new ResourceChanged(tenant, ResourceChanged.Change.UPSERTED, item)));
        assertThat(InMemoryDelivery.deliver(connector, "resources", event).acked()).isTrue();
    }

    /** Stores a failing SSH finding for a new group of the tenant and returns its finding id. */
    public String failingSshFinding(String tenant) {
        String groupId = "sg-" + UUID.randomUUID().toString().substring(0, 8);
        upsert(tenant, openGroup(groupId, Instant.parse("2026-01-01T00:00:00Z")));
        return (String) db.of(tenant)
                .single("select finding_id from evaluation where tenant_id = ?1 and control_id = ?2"
                        + " and resource_id = ?3", tenant, SSH_CONTROL, groupId);
    }

    /** Asks which exception covers a finding as its evaluation does: in a transaction of the tenant's scope. */
    public Optional<ExceptionCoverage.CoveringException> covering(String tenant, String controlId, String findingId,
            ResourceRef resource, Map<String, String> tags, Instant at) {
        return TenantScope.of(tenant, () -> QuarkusTransaction.requiringNew()
                .call(() -> coverage.covering(tenant, controlId, findingId, resource, tags, at)));
    }

    public MessagingHarness db() {
        return db;
    }

    /** Every event of one type the relay published for the tenant, in order. */
    public <T> List<CloudEvent<T>> published(String tenant, String type, Class<T> dataClass) {
        return connector.<String>sink("outbox").received().stream()
                .map(message -> message.getPayload())
                .filter(payload -> type.equals(EventCodec.typeOf(payload)))
                .map(payload -> EventCodec.read(payload, type, dataClass))
                .filter(event -> tenant.equals(event.tenantid()))
                .toList();
    }

    /** Waits until at least {@code count} events of the type were published for the tenant, and returns them all. */
    public <T> List<CloudEvent<T>> awaitPublished(String tenant, String type, Class<T> dataClass, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> published(tenant, type, dataClass).size() >= count);
        return published(tenant, type, dataClass);
    }

    public static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return EventCodec.mapper().readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
