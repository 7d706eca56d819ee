package io.demarc.contracts;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A manual framework requirement was attested (or an attestation withdrawn). An attestation outside its validity
 * period counts as missing.
 *
 * @param framework framework key, e.g. {@code soc2}
 * @param evidenceSha256 SHA-256 of the evidence file the attestor supplied
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttestationChanged(
        String tenantId,
        String attestationId,
        Change change,
        String framework,
        String requirementId,
        String statement,
        String attestor,
        String evidenceFileName,
        String evidenceSha256,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant changedAt) implements EventData {

    public static final String TYPE = "io.demarc.assessment.attestation.changed.v1";

    public enum Change {
        RECORDED, WITHDRAWN
    }

    /** A withdrawal may leave out the validity period; a recorded attestation cannot, see {@link #validOn}. */
    @Override
    public void requireComplete() {
        Fields.require(tenantId, "tenantId");
        Fields.require(attestationId, "attestationId");
        Fields.require(change, "change");
        Fields.require(framework, "framework");
        Fields.require(requirementId, "requirementId");
        if (change == Change.RECORDED) {
            Fields.require(validFrom, "validFrom");
            Fields.require(validUntil, "validUntil");
        }
    }

    /** Whether the attestation holds on the given day. */
    public boolean validOn(LocalDate day) {
        return change == Change.RECORDED && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
