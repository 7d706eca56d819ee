package io.demarc.reporting.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.ResourceRef;
import io.demarc.reporting.model.Finding;
import io.demarc.reporting.rest.FindingDetail;
import io.demarc.reporting.rest.FindingSummary;

/** Between the finding event, the stored finding and the API's views of it. */
@ApplicationScoped
public class FindingMapper {

    /** Copies what the event says about the finding; identity, tenant and first-seen time are the caller's. */
    public void copy(FindingChanged change, Finding finding) {
        finding.controlId = change.controlId();
        finding.controlTitle = change.controlTitle();
        finding.severity = change.severity();
        finding.status = change.status();
        finding.previousStatus = change.previousStatus();
        ResourceRef resource = change.resource();
        finding.accountId = resource.accountId();
        finding.awsRegion = resource.awsRegion();
        finding.resourceType = resource.resourceType();
        finding.resourceId = resource.resourceId();
        finding.arn = resource.arn();
        finding.evaluatedAt = change.evaluatedAt();
        finding.itemCaptureTime = change.itemCaptureTime();
        finding.itemHash = change.itemHash();
        finding.evidence = change.evidence();
        finding.remediation = change.remediation();
    }

    public FindingSummary toSummary(Finding finding) {
        return new FindingSummary(finding.findingId, finding.controlId, finding.controlTitle, finding.severity,
                finding.status, finding.previousStatus, resource(finding), finding.evaluatedAt, finding.firstSeenAt,
                finding.statusChangedAt);
    }

    public FindingDetail toDetail(Finding finding) {
        return new FindingDetail(finding.findingId, finding.controlId, finding.controlTitle, finding.severity,
                finding.status, finding.previousStatus, resource(finding), finding.evaluatedAt, finding.firstSeenAt,
                finding.statusChangedAt, finding.itemCaptureTime, finding.itemHash, finding.evidence,
                finding.remediation);
    }

    private static ResourceRef resource(Finding finding) {
        return new ResourceRef(finding.accountId, finding.awsRegion, finding.resourceType, finding.resourceId,
                finding.arn);
    }
}
