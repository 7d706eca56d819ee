package io.demarc.reporting.evidence.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.demarc.catalog.frameworks.Requirement;
import io.demarc.reporting.model.Attestation;
import io.demarc.reporting.model.RiskException;
import io.demarc.reporting.rest.FrameworkPosture;
import io.demarc.reporting.rest.RequirementPosture;

/** The JSON documents of a package other than the findings, as records so their shape is written down once. */
final class PackageDocuments {

    private PackageDocuments() {
    }

    /** {@code posture.json}: the framework's figures and each requirement's status on {@code asOf}. */
    record Posture(LocalDate asOf, FrameworkPosture summary, List<RequirementPosture> requirements) {
    }

    /** One entry of {@code exceptions.json}: the risk acceptance with who asked, who approved, and until when. */
    record ExceptionEntry(String exceptionId, String state, String controlId, String findingId, String scopeKind,
            String scopeValue, String justification, String requestedBy, Instant requestedAt, String approvedBy,
            Instant approvedAt, Instant expiresAt, Instant changedAt) {

        static ExceptionEntry of(RiskException e) {
            return new ExceptionEntry(e.exceptionId, e.state == null ? null : e.state.name(), e.controlId,
                    e.findingId, e.scopeKind == null ? null : e.scopeKind.name(), e.scopeValue, e.justification,
                    e.requestedBy, e.requestedAt, e.approvedBy, e.approvedAt, e.expiresAt, e.changedAt);
        }
    }

    /** One entry of {@code attestations.json}: a manual requirement proved by a tenant's statement and file. */
    record AttestationEntry(String attestationId, String requirementId, String statement, String attestor,
            String evidenceFileName, String evidenceSha256, LocalDate validFrom, LocalDate validUntil,
            boolean withdrawn, Instant changedAt) {

        static AttestationEntry of(Attestation a) {
            return new AttestationEntry(a.attestationId, a.requirementId, a.statement, a.attestor,
                    a.evidenceFileName, a.evidenceSha256, a.validFrom, a.validUntil, a.withdrawn, a.changedAt);
        }
    }

    /** One entry of {@code inherited-requirements.json}: a requirement AWS carries (wholly or its part of it). */
    record InheritedEntry(String requirementId, String title, String side, String fulfilment,
            String awsAttestation) {

        static InheritedEntry of(Requirement r) {
            return new InheritedEntry(r.id(), r.title(), r.side().name(), r.fulfilment().name(), r.awsAttestation());
        }
    }
}
