package io.demarc.reporting.evidence.rest;

import java.time.Instant;
import java.time.LocalDate;

import io.demarc.reporting.evidence.model.EvidencePackage;
import io.demarc.reporting.evidence.model.EvidencePackageStatus;

/**
 * An evidence package job as the API shows it.
 *
 * @param stepsDone steps finished of {@code stepsTotal}; {@code currentStep} names the file being written
 * @param sha256 of the whole ZIP, once SUCCEEDED
 * @param contentUrl where to download the ZIP, once SUCCEEDED
 */
public record EvidencePackageView(
        String packageId,
        String tenantId,
        String framework,
        LocalDate from,
        LocalDate to,
        EvidencePackageStatus status,
        int stepsDone,
        int stepsTotal,
        String currentStep,
        String failureReason,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        Long sizeBytes,
        String sha256,
        boolean signed,
        String contentUrl) {

    static EvidencePackageView of(EvidencePackage p) {
        String content = p.status == EvidencePackageStatus.SUCCEEDED
                ? EvidencePackageResource.path(p.tenantId)
                        + "/" + p.packageId + "/content"
                : null;
        return new EvidencePackageView(p.packageId.toString(), p.tenantId, p.framework, p.periodFrom, p.periodTo,
                p.status, p.stepsDone, p.stepsTotal, p.currentStep, p.failureReason, p.requestedBy, p.requestedAt,
                p.startedAt, p.finishedAt, p.sizeBytes, p.sha256, p.signed, content);
    }
}
