package io.demarc.assessment.framework.service;

/** Whether an attestable requirement is proven today. EXPIRED counts as missing wherever posture is counted. */
public enum AttestationStatus {
    /** An attestation holds today. */
    ATTESTED,
    /** Attestations exist, but none holds today (all ran out, or none has started yet). */
    EXPIRED,
    /** Never attested, or every attestation was withdrawn. */
    MISSING
}
