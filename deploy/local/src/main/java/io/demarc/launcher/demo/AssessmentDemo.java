package io.demarc.launcher.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.launcher.demo.DemoPlan.Attestation;
import io.demarc.launcher.demo.DemoPlan.RiskException;
import io.demarc.launcher.demo.DemoPlan.Tenant;

/**
 * assessment's part: exceptions requested by one demo user and, where the plan says so, approved by another (four
 * eyes), and attestations of MANUAL requirements. Neither answers 409 to a repeat, so each is looked up first: an
 * exception of the same control and resource that is requested or approved counts as done, as does an attestation
 * of the requirement that is valid today.
 */
final class AssessmentDemo {

    private final DemoApi api;

    AssessmentDemo(DemoApi api) {
        this.api = api;
    }

    void load(Tenant tenant, Instant now) {
        for (RiskException exception : tenant.exceptions()) {
            exception(tenant, exception, now);
        }
        for (Attestation attestation : tenant.attestations()) {
            attestation(tenant, attestation, LocalDate.ofInstant(now, ZoneOffset.UTC));
        }
    }

    private void exception(Tenant tenant, RiskException plan, Instant now) {
        String path = InventoryDemo.tenantPath(tenant) + "/exceptions";
        JsonNode existing = existingException(tenant, plan).orElse(null);
        if (existing == null) {
            existing = api.postJson("assessment", path, plan.requester(), requestBody(plan, now)).expect(false)
                    .json();
        }
        if (plan.approver() != null && existing.path("state").asText().equals("REQUESTED")) {
            // A Keycloak state imported before the second acme admin existed lacks them: the MSP approves instead.
            String approver = api.canSignIn(plan.approver()) ? plan.approver() : DemoPlan.OPERATOR;
            api.postJson("assessment", path + "/" + existing.path("id").asText() + "/approve", approver,
                    Map.of("note", "Reviewed for the demo: accepted until " + plan.expiresInDays()
                            + " days after the request."))
                    .expect(false);
        }
    }

    static Map<String, Object> requestBody(RiskException plan, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("controlId", plan.controlId());
        body.put("scope", Map.of("kind", "RESOURCE", "value", plan.resourceArn()));
        body.put("justification", plan.justification());
        body.put("expiresAt", now.plus(plan.expiresInDays(), ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        return body;
    }

    /** A requested or approved exception of the plan's control and resource. */
    private Optional<JsonNode> existingException(Tenant tenant, RiskException plan) {
        JsonNode page = api.get("assessment", InventoryDemo.tenantPath(tenant) + "/exceptions?limit=500&controlId="
                + DemoApi.encode(plan.controlId()), tenant.admin()).expect(false).json();
        for (JsonNode exception : page.path("items")) {
            String state = exception.path("state").asText();
            boolean live = state.equals("REQUESTED") || (state.equals("APPROVED") && exception.path("active")
                    .asBoolean());
            if (live && plan.resourceArn().equals(exception.path("scope").path("value").asText())) {
                return Optional.of(exception);
            }
        }
        return Optional.empty();
    }

    private void attestation(Tenant tenant, Attestation plan, LocalDate today) {
        String path = InventoryDemo.tenantPath(tenant) + "/frameworks/" + plan.framework() + "/requirements/"
                + plan.requirementId() + "/attestations";
        JsonNode page = api.get("assessment", path + "?limit=500", tenant.admin()).expect(false).json();
        for (JsonNode attestation : page.path("items")) {
            if (attestation.path("validToday").asBoolean()) {
                return;
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("statement", plan.statement());
        fields.put("validFrom", today.toString());
        fields.put("validUntil", today.plusDays(plan.validDays()).toString());
        api.postMultipart("assessment", path, tenant.admin(), fields, "evidence", plan.evidenceFileName(),
                plan.evidence().getBytes(StandardCharsets.UTF_8)).expect(false);
    }
}
