package io.demarc.contracts;

import static io.demarc.contracts.CompletePayloads.ATTESTATION;
import static io.demarc.contracts.CompletePayloads.DRIFT;
import static io.demarc.contracts.CompletePayloads.EXCEPTION;
import static io.demarc.contracts.CompletePayloads.FINDING;
import static io.demarc.contracts.CompletePayloads.assertComplete;
import static io.demarc.contracts.CompletePayloads.assertMissing;
import static io.demarc.contracts.CompletePayloads.blank;
import static io.demarc.contracts.CompletePayloads.with;
import static io.demarc.contracts.CompletePayloads.without;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What consumers may rely on in assessment's finding, exception, attestation and drift events. */
class AssessmentContractChecksTest {

    @Test
    void aFindingWithTheFieldsConsumersUseIsComplete() {
        assertComplete(FINDING);
        FindingChanged minimal = FINDING;
        for (String optional : new String[]{"controlTitle", "previousStatus", "itemCaptureTime", "evidence",
                "remediation", "resource.awsRegion", "resource.arn"}) {
            minimal = without(minimal, optional);
        }
        assertComplete(minimal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "findingId", "controlId", "severity", "status", "evaluatedAt", "resource",
            "resource.accountId", "resource.resourceType", "resource.resourceId"})
    void aFindingNeeds(String field) {
        assertMissing(without(FINDING, field), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "findingId", "controlId", "resource.accountId", "resource.resourceType",
            "resource.resourceId"})
    void aFindingRefusesBlank(String field) {
        assertMissing(blank(FINDING, field), field);
    }

    @Test
    void anExceptionWithTheFieldsConsumersUseIsComplete() {
        assertComplete(EXCEPTION);
        assertComplete(without(without(without(EXCEPTION, "approvedBy"), "approvedAt"), "requestedAt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "exceptionId", "state", "changedAt"})
    void anExceptionNeeds(String field) {
        assertMissing(without(EXCEPTION, field), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "exceptionId"})
    void anExceptionRefusesBlank(String field) {
        assertMissing(blank(EXCEPTION, field), field);
    }

    @Test
    void aRecordedAttestationWithTheFieldsConsumersUseIsComplete() {
        assertComplete(ATTESTATION);
        assertComplete(without(without(without(ATTESTATION, "statement"), "evidenceFileName"), "changedAt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "attestationId", "change", "framework", "requirementId", "validFrom",
            "validUntil"})
    void aRecordedAttestationNeeds(String field) {
        assertMissing(without(ATTESTATION, field), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "attestationId", "framework", "requirementId"})
    void anAttestationRefusesBlank(String field) {
        assertMissing(blank(ATTESTATION, field), field);
    }

    @Test
    void aWithdrawalNeedsNoValidityPeriod() {
        AttestationChanged withdrawn = without(without(with(ATTESTATION, "change", "WITHDRAWN"), "validFrom"),
                "validUntil");

        assertComplete(withdrawn);
        assertMissing(without(withdrawn, "requirementId"), "requirementId");
    }

    @Test
    void aDriftWithTheFieldsConsumersUseIsComplete() {
        assertComplete(DRIFT);
        assertComplete(without(without(DRIFT, "itemHash"), "resource.arn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "driftId", "detectedAt", "resource", "resource.accountId",
            "resource.resourceType", "resource.resourceId"})
    void aDriftNeeds(String field) {
        assertMissing(without(DRIFT, field), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "driftId", "resource.resourceId"})
    void aDriftRefusesBlank(String field) {
        assertMissing(blank(DRIFT, field), field);
    }
}
