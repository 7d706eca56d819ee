package io.demarc.ownership;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** Calls of the ownership API the tests repeat, made as the tenant's admin, and the events they leave on the outbox. */
final class OwnershipApi {

    private OwnershipApi() {
    }

    static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String createTeam(String tenant, String name) {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "contactEmail", name.toLowerCase().replace(' ', '-') + "@example.com"))
                .post("/api/v1/tenants/{t}/teams", tenant).then().statusCode(201).extract().path("teamId");
    }

    /** POSTs an assignment; {@code scopeValue} null for TENANT, {@code from} null for today. */
    static ValidatableResponse assign(String tenant, String teamId, String domain, String scopeKind,
            String scopeValue, String role, String from) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("kind", scopeKind);
        scope.put("value", scopeValue);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("domain", domain);
        body.put("scope", scope);
        body.put("teamId", teamId);
        body.put("role", role);
        body.put("effectiveFrom", from);
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tenants/{t}/assignments", tenant).then();
    }

    static String assigned(String tenant, String teamId, String domain, String scopeKind, String scopeValue) {
        return assign(tenant, teamId, domain, scopeKind, scopeValue, "RESPONSIBLE", null).statusCode(201).extract()
                .path("assignmentId");
    }

    /** The events of a type the outbox relay has published for the tenant so far, oldest first. */
    static <T> List<CloudEvent<T>> published(InMemoryConnector connector, String tenant, String type,
            Class<T> dataType) {
        return connector.<String>sink("outbox").received().stream().map(Message::getPayload)
                .filter(json -> type.equals(EventCodec.typeOf(json)))
                .map(json -> EventCodec.read(json, type, dataType))
                .filter(event -> tenant.equals(event.tenantid()))
                .toList();
    }
}
