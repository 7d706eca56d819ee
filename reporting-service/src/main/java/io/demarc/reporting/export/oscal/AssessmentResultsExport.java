package io.demarc.reporting.export.oscal;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.Requirement;
import io.demarc.reporting.export.FindingRow;

import gov.nist.secauto.metaschema.core.datatype.markup.MarkupLine;
import gov.nist.secauto.metaschema.core.datatype.markup.MarkupMultiline;
import gov.nist.secauto.oscal.lib.model.AssessmentResults;
import gov.nist.secauto.oscal.lib.model.Finding;
import gov.nist.secauto.oscal.lib.model.FindingTarget;
import gov.nist.secauto.oscal.lib.model.ImportAp;
import gov.nist.secauto.oscal.lib.model.IncludeAll;
import gov.nist.secauto.oscal.lib.model.Observation;
import gov.nist.secauto.oscal.lib.model.Result;
import gov.nist.secauto.oscal.lib.model.ReviewedControls;

/**
 * The findings of one framework as OSCAL assessment-results: one observation per finding (a control judged on one
 * resource), and one OSCAL finding per requirement with findings, satisfied when none of its observations is an
 * open failure.
 */
public final class AssessmentResultsExport {

    private AssessmentResultsExport() {
    }

    public static AssessmentResults build(String tenantId, Framework framework, List<FindingRow> findings,
            Instant generatedAt, String generatorVersion) {
        ZonedDateTime now = generatedAt.atZone(ZoneOffset.UTC);
        AssessmentResults results = new AssessmentResults();
        results.setUuid(OscalIds.uuid("ar", tenantId, framework.key(), generatedAt.toString()));
        results.setMetadata(OscalDocuments.metadata("Demarc assessment results: " + tenantId + ", "
                + framework.title(), now, generatorVersion));
        ImportAp plan = new ImportAp();
        plan.setHref(URI.create("urn:demarc:assessment-plan:" + framework.key()));
        results.setImportAp(plan);

        Result result = new Result();
        result.setUuid(OscalIds.uuid("result", tenantId, framework.key(), generatedAt.toString()));
        result.setTitle(MarkupLine.fromMarkdown("Continuous assessment by Demarc"));
        result.setDescription(MarkupMultiline.fromMarkdown("Latest result of every control citing "
                + framework.title() + " on every resource of tenant " + tenantId + "."));
        result.setStart(findings.stream().map(FindingRow::firstSeenAt).min(Instant::compareTo).orElse(generatedAt)
                .atZone(ZoneOffset.UTC));
        result.setEnd(now);
        ReviewedControls reviewed = new ReviewedControls();
        ReviewedControls.ControlSelection all = new ReviewedControls.ControlSelection();
        all.setIncludeAll(new IncludeAll());
        reviewed.setControlSelections(List.of(all));
        result.setReviewedControls(reviewed);

        Map<String, Observation> observations = new LinkedHashMap<>();
        for (FindingRow finding : findings) {
            observations.put(finding.findingId(), observation(tenantId, finding));
        }
        List<Finding> oscalFindings = new ArrayList<>();
        for (Requirement requirement : framework.requirements()) {
            List<FindingRow> mine = findings.stream().filter(f -> cites(f, framework.key(), requirement)).toList();
            if (!mine.isEmpty()) {
                oscalFindings.add(finding(tenantId, framework, requirement, mine, observations));
            }
        }
        result.setObservations(observations.isEmpty() ? null : new ArrayList<>(observations.values()));
        result.setFindings(oscalFindings.isEmpty() ? null : oscalFindings);
        results.setResults(List.of(result));
        return results;
    }

    private static boolean cites(FindingRow finding, String frameworkKey, Requirement requirement) {
        List<String> ids = finding.references() == null ? null : finding.references().get(frameworkKey);
        return (ids != null && ids.contains(requirement.id()))
                || requirement.controlIds().contains(finding.controlId());
    }

    private static Observation observation(String tenantId, FindingRow f) {
        Observation observation = new Observation();
        observation.setUuid(OscalIds.uuid("observation", tenantId, f.findingId()));
        observation.setTitle(MarkupLine.fromMarkdown(f.controlId() + " on " + f.resourceId()));
        observation.setDescription(MarkupMultiline.fromMarkdown("Control " + f.controlId() + " judged "
                + f.resourceType() + " " + (f.arn() == null ? f.resourceId() : f.arn()) + " in account "
                + f.accountId() + ": " + f.status() + (f.exceptionId() == null
                        ? ""
                        : " (accepted by exception "
                                + f.exceptionId() + ")")
                + "."));
        observation.setMethods(List.of("TEST"));
        observation.setTypes(List.of("finding"));
        observation.setCollected(f.evaluatedAt().atZone(ZoneOffset.UTC));
        if (f.itemHash() != null) {
            Observation.RelevantEvidence evidence = new Observation.RelevantEvidence();
            evidence.setDescription(MarkupMultiline.fromMarkdown("Configuration item " + f.itemHash()
                    + (f.itemCaptureTime() == null ? "" : ", captured " + f.itemCaptureTime())));
            observation.setRelevantEvidence(List.of(evidence));
        }
        return observation;
    }

    private static Finding finding(String tenantId, Framework framework, Requirement requirement,
            List<FindingRow> findings, Map<String, Observation> observations) {
        long open = findings.stream().filter(f -> "FAIL".equals(f.status()) && f.exceptionId() == null).count();
        Finding finding = new Finding();
        finding.setUuid(OscalIds.uuid("finding", tenantId, framework.key(), requirement.id()));
        finding.setTitle(MarkupLine.fromMarkdown(requirement.id() + ": " + requirement.title()));
        finding.setDescription(MarkupMultiline.fromMarkdown(findings.size() + " results of the controls meeting "
                + requirement.id() + "; " + open + " open failures."));
        FindingTarget target = new FindingTarget();
        target.setType("objective-id");
        target.setTargetId(OscalIds.controlId(requirement.id()));
        FindingTarget.Status status = new FindingTarget.Status();
        status.setState(open == 0 ? "satisfied" : "not-satisfied");
        target.setStatus(status);
        finding.setTarget(target);
        finding.setRelatedObservations(findings.stream().map(f -> {
            Finding.RelatedObservation related = new Finding.RelatedObservation();
            related.setObservationUuid(observations.get(f.findingId()).getUuid());
            return related;
        }).toList());
        return finding;
    }
}
