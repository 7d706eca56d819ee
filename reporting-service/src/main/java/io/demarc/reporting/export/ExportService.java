package io.demarc.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.FrameworkCatalog;
import io.demarc.reporting.export.oscal.AssessmentResultsExport;
import io.demarc.reporting.export.oscal.OscalDocuments;
import io.demarc.reporting.export.oscal.SystemSecurityPlanExport;
import io.demarc.reporting.export.pdf.ReportPdf;
import io.demarc.reporting.rest.MatrixView;
import io.demarc.reporting.rest.PostureReport;
import io.demarc.reporting.rest.RequirementPosture;
import io.demarc.reporting.service.MatrixQueries;
import io.demarc.reporting.service.PostureService;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Every export format over the same read models; the streaming ones write straight to the response. */
@ApplicationScoped
public class ExportService {

    @Inject
    FindingRowReader findings;

    @Inject
    PostureService posture;

    @Inject
    MatrixQueries matrix;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
    String version;

    /** All findings of the tenant, or those of one framework's controls when {@code frameworkKey} is given. */
    public FindingScope scope(String tenantId, String frameworkKey) {
        if (frameworkKey == null || frameworkKey.isBlank()) {
            return FindingScope.all(tenantId);
        }
        Framework framework = framework(frameworkKey);
        Set<String> controls = new HashSet<>();
        framework.requirements().forEach(r -> controls.addAll(r.controlIds()));
        return new FindingScope(tenantId, framework.key(), controls, null);
    }

    public void csv(FindingScope scope, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (FindingsCsv csv = FindingsCsv.to(writer)) {
            findings.forEachRow(scope, csv::write);
        }
        writer.flush();
    }

    public void ocsf(FindingScope scope, OutputStream out) throws IOException {
        new OcsfFindings(mapper, version).write(out, sink -> findings.forEachRow(scope, sink));
    }

    /** Reads posture and matrix now (in the caller's request) and returns the writer for the response. */
    public ExportWriter xlsx(FindingScope scope) {
        PostureReport report = postureReport(scope.tenantId());
        MatrixView view = matrixView(scope.tenantId());
        return out -> FindingsXlsx.write(out, sink -> findings.forEachRow(scope, sink), view, report.frameworks());
    }

    public ExportWriter pdf(String tenantId) {
        PostureReport report = postureReport(tenantId);
        MatrixView view = matrixView(tenantId);
        return out -> ReportPdf.write(out, tenantId, report.asOf(), report.frameworks(), view);
    }

    public byte[] assessmentResults(String tenantId, String frameworkKey) {
        Framework framework = requiredFramework(frameworkKey);
        List<FindingRow> rows = findings.rows(scope(tenantId, framework.key()));
        return OscalDocuments.json(AssessmentResultsExport.build(tenantId, framework, rows, Instant.now(clock),
                version), OscalDocuments.ASSESSMENT_RESULTS_SCHEMA);
    }

    public byte[] systemSecurityPlan(String tenantId, String frameworkKey) {
        Framework framework = requiredFramework(frameworkKey);
        Map<String, RequirementPosture> byId = QuarkusTransaction.requiringNew()
                .call(() -> posture.requirements(tenantId, null, framework.key())).stream()
                .collect(Collectors.toMap(RequirementPosture::id, Function.identity(), (a, b) -> a));
        return OscalDocuments.json(SystemSecurityPlanExport.build(tenantId, framework, byId, Instant.now(clock),
                version), OscalDocuments.SYSTEM_SECURITY_PLAN_SCHEMA);
    }

    private PostureReport postureReport(String tenantId) {
        return QuarkusTransaction.requiringNew().call(() -> posture.posture(tenantId, null));
    }

    private MatrixView matrixView(String tenantId) {
        return QuarkusTransaction.requiringNew().call(() -> matrix.matrix(tenantId));
    }

    private Framework requiredFramework(String key) {
        if (key == null || key.isBlank()) {
            throw badRequest("framework is required, e.g. ?framework=cis-aws-3.0; known: " + known());
        }
        return framework(key);
    }

    private Framework framework(String key) {
        return catalog.find(key).orElseThrow(() -> badRequest("framework '" + key + "' is unknown; known: "
                + known()));
    }

    private String known() {
        return catalog.all().stream().map(Framework::key).collect(Collectors.joining(", "));
    }

    private static HttpProblem badRequest(String detail) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail(detail).build();
    }

    /** Writes an export to the response body. */
    @FunctionalInterface
    public interface ExportWriter {
        void write(OutputStream out) throws IOException;
    }
}
