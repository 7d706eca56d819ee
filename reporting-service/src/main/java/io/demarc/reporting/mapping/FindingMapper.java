package io.demarc.reporting.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.TeamRef;
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
        finding.domain = change.domain();
        TeamRef owner = change.owner();
        finding.ownerTeamId = owner == null ? null : owner.teamId();
        finding.ownerName = owner == null ? null : owner.name();
        finding.ownerEmail = owner == null ? null : owner.contactEmail();
        finding.unowned = owner == null;
        finding.references = change.references();
        finding.exceptionId = change.exceptionId();
        finding.exceptionExpiresAt = change.exceptionExpiresAt();
    }

    public FindingSummary toSummary(Finding finding) {
        return new FindingSummary(finding.findingId, finding.controlId, finding.controlTitle, finding.severity,
                finding.status, finding.previousStatus, resource(finding), finding.evaluatedAt, finding.firstSeenAt,
                finding.statusChangedAt, owner(finding), finding.unowned, finding.exceptionId, finding.domain);
    }

    public FindingDetail toDetail(Finding finding) {
        return new FindingDetail(finding.findingId, finding.controlId, finding.controlTitle, finding.severity,
                finding.status, finding.previousStatus, resource(finding), finding.evaluatedAt, finding.firstSeenAt,
                finding.statusChangedAt, finding.itemCaptureTime, finding.itemHash, finding.evidence,
                finding.remediation, finding.domain, owner(finding), finding.unowned, finding.references,
                finding.exceptionId, finding.exceptionExpiresAt);
    }

    /** The owner as far as findings know it; the Keycloak group is not kept in the read model. */
    public static TeamRef owner(Finding finding) {
        return finding.ownerTeamId == null
                ? null
                : new TeamRef(finding.ownerTeamId, finding.ownerName, finding.ownerEmail, null);
    }

    private static ResourceRef resource(Finding finding) {
        return new ResourceRef(finding.accountId, finding.awsRegion, finding.resourceType, finding.resourceId,
                finding.arn);
    }
}
