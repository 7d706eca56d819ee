package io.demarc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.demarc.catalog.assess.AssessmentReport;
import io.demarc.catalog.assess.Finding;
import io.demarc.contracts.EventCodec;

/** The three ways {@code assess} prints a report. */
final class ReportFormats {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema COLUMNS = CsvSchema.builder().addColumn("controlId").addColumn("status")
            .addColumn("severity").addColumn("resourceType").addColumn("resourceId").addColumn("resourceName")
            .addColumn("arn").addColumn("accountId").addColumn("region").addColumn("references").build()
            .withHeader();

    private ReportFormats() {
    }

    /** {@code {"catalogVersion", "findings": [...], "summary": {...}, "gaps": [...]}}. */
    static void json(AssessmentReport report, PrintWriter out) throws IOException {
        out.println(EventCodec.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report));
    }

    /** One row per finding; references as {@code cis-aws-3.0:5.2 aws-fsbp:EC2.13}. */
    static void csv(AssessmentReport report, PrintWriter out) throws IOException {
        List<Map<String, String>> rows = report.findings().stream().map(ReportFormats::row).toList();
        CSV.writer(COLUMNS).writeValues(out).writeAll(rows).flush();
    }

    static void table(AssessmentReport report, PrintWriter out) {
        String format = "%-5s %-8s %-44s %-36s %s%n";
        out.printf(format, "STATUS", "SEVERITY", "CONTROL", "RESOURCE TYPE", "ACCOUNT/REGION/RESOURCE");
        for (Finding f : report.findings()) {
            out.printf(format, f.status(), f.severity(), f.controlId(), f.resourceType(),
                    f.accountId() + "/" + f.region() + "/" + f.resourceId() + nameIfOther(f));
        }
        out.printf("%d resource(s); %s; failed by severity %s (catalog %s)%n", report.summary().resources(),
                report.summary().byStatus(), report.summary().failedBySeverity(), report.catalogVersion());
        report.gaps().forEach(gap -> out.println("gap: " + gap));
    }

    private static String nameIfOther(Finding f) {
        return f.resourceName() == null || f.resourceName().equals(f.resourceId()) ? "" : " (" + f.resourceName() + ")";
    }

    private static Map<String, String> row(Finding f) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        row.put("controlId", f.controlId());
        row.put("status", f.status().name());
        row.put("severity", f.severity().name());
        row.put("resourceType", f.resourceType());
        row.put("resourceId", f.resourceId());
        row.put("resourceName", f.resourceName());
        row.put("arn", f.arn());
        row.put("accountId", f.accountId());
        row.put("region", f.region());
        row.put("references", f.references().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(id -> e.getKey() + ":" + id))
                .collect(Collectors.joining(" ")));
        return row;
    }
}
