package io.demarc.assessment.framework.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.assessment.framework.model.Attestation;
import io.demarc.assessment.framework.model.AttestationEvidence;
import io.demarc.assessment.framework.repository.AttestationEvidenceRepository;
import io.demarc.assessment.framework.repository.AttestationRepository;
import io.demarc.assessment.governance.Problems;
import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.FrameworkCatalog;
import io.demarc.catalog.frameworks.Requirement;
import io.demarc.contracts.AttestationChanged;
import io.demarc.contracts.AttestationChanged.Change;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.EventKeys;
import io.demarc.contracts.Topics;
import io.demarc.service.outbox.Outbox;
import io.demarc.service.rest.HttpProblems;

/** Records and withdraws attestations; each change is announced through the outbox in the same transaction. */
@ApplicationScoped
@Transactional
public class AttestationService {

    static final String SOURCE = "/demarc/assessment-service/attestations";
    private static final int MAX_STATEMENT = 8000;

    @Inject
    FrameworkCatalog frameworks;

    @Inject
    AttestationRepository attestations;

    @Inject
    AttestationEvidenceRepository evidence;

    @Inject
    Outbox outbox;

    public Attestation record(String tenantId, String frameworkKey, String requirementId, AttestationRequest request,
            String recorder, Instant now) {
        Requirement requirement = attestableRequirement(frameworkKey, requirementId);
        check(request);
        Attestation attestation = new Attestation();
        attestation.id = UUID.randomUUID().toString();
        attestation.tenantId = tenantId;
        attestation.framework = frameworkKey;
        attestation.requirementId = requirement.id();
        attestation.statement = request.statement().strip();
        attestation.attestor = isBlank(request.attestor()) ? recorder : request.attestor().strip();
        attestation.evidenceFileName = fileName(request.evidence().fileName());
        attestation.evidenceContentType = isBlank(request.evidence().contentType())
                ? "application/octet-stream"
                : request.evidence().contentType();
        attestation.evidenceSize = request.evidence().content().length;
        attestation.evidenceSha256 = sha256(request.evidence().content());
        attestation.validFrom = request.validFrom();
        attestation.validUntil = request.validUntil();
        attestation.recordedBy = recorder;
        attestation.recordedAt = now;
        // Flushed now: the evidence row refers to this one.
        attestations.persistAndFlush(attestation);
        AttestationEvidence file = new AttestationEvidence();
        file.attestationId = attestation.id;
        file.tenantId = tenantId;
        file.content = request.evidence().content();
        evidence.persist(file);
        announce(attestation, Change.RECORDED, now);
        return attestation;
    }

    public Attestation withdraw(String tenantId, String attestationId, String actor, Instant now) {
        Attestation attestation = attestations.lockInTenant(tenantId, attestationId).orElseThrow(
                () -> HttpProblems.notFound("no attestation '" + Problems.echo(attestationId) + "' in this tenant"));
        if (attestation.withdrawnAt != null) {
            throw HttpProblems.conflict("attestation " + attestationId + " was already withdrawn at "
                    + attestation.withdrawnAt);
        }
        attestation.withdrawnBy = actor;
        attestation.withdrawnAt = now;
        announce(attestation, Change.WITHDRAWN, now);
        return attestation;
    }

    /** The requirement, if it exists (else 404) and takes attestations (else 400). */
    public Requirement attestableRequirement(String frameworkKey, String requirementId) {
        Framework framework = frameworks.find(frameworkKey).orElseThrow(
                () -> HttpProblems.notFound("no framework '" + Problems.echo(frameworkKey) + "'"));
        Requirement requirement = framework.requirement(requirementId).orElseThrow(() -> HttpProblems.notFound(
                "framework " + frameworkKey + " has no requirement '" + Problems.echo(requirementId) + "'"));
        if (!Attestability.attestable(requirement)) {
            throw HttpProblems.badRequest("requirement " + requirementId + " of " + frameworkKey + " is "
                    + requirement.fulfilment() + " (side " + requirement.side() + "): only MANUAL or SHARED"
                    + " requirements take attestations");
        }
        return requirement;
    }

    private static void check(AttestationRequest request) {
        if (isBlank(request.statement()) || request.statement().length() > MAX_STATEMENT) {
            throw HttpProblems.badRequest("statement is required, at most " + MAX_STATEMENT + " characters");
        }
        if (request.validFrom() == null || request.validUntil() == null) {
            throw HttpProblems.badRequest("validFrom and validUntil are required (dates such as 2026-01-31)");
        }
        if (request.validUntil().isBefore(request.validFrom())) {
            throw HttpProblems.badRequest("validUntil " + request.validUntil() + " is before validFrom "
                    + request.validFrom());
        }
        if (request.evidence() == null || request.evidence().content().length == 0) {
            throw HttpProblems.badRequest("evidence is required: a non-empty file in form field 'evidence'");
        }
        if (request.attestor() != null && request.attestor().length() > 200) {
            throw HttpProblems.badRequest("attestor is at most 200 characters");
        }
    }

    private void announce(Attestation attestation, Change change, Instant now) {
        AttestationChanged data = new AttestationChanged(attestation.tenantId, attestation.id, change,
                attestation.framework, attestation.requirementId, attestation.statement, attestation.attestor,
                attestation.evidenceFileName, attestation.evidenceSha256, attestation.validFrom,
                attestation.validUntil, now);
        CloudEvent<AttestationChanged> event = EventCodec.envelope(SOURCE, AttestationChanged.TYPE,
                attestation.tenantId, attestation.id, data);
        outbox.append(Topics.ASSESSMENT_FINDINGS, EventKeys.forTenant(attestation.tenantId), event);
    }

    /** The file's own name without any path a browser may have sent, printable and short. */
    private static String fileName(String name) {
        if (isBlank(name)) {
            return "evidence";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        return base.isBlank() ? "evidence" : base.substring(0, Math.min(base.length(), 200));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
