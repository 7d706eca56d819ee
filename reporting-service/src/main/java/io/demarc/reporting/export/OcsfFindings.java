package io.demarc.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Findings as OCSF 1.3 Compliance Finding events (class 2003, category Findings), one JSON array, written finding by
 * finding so any number of findings fits in a small memory.
 */
public final class OcsfFindings {

    public static final int CLASS_UID = 2003;
    public static final int CATEGORY_UID = 2;
    /** Activity "Update": the finding is the latest state of a control on a resource, not its first report. */
    static final int ACTIVITY_UPDATE = 2;
    static final String OCSF_VERSION = "1.3.0";

    private final ObjectMapper mapper;
    private final String productVersion;

    public OcsfFindings(ObjectMapper mapper, String productVersion) {
        this.mapper = mapper;
        this.productVersion = productVersion;
    }

    public void write(OutputStream out, Consumer<Consumer<List<FindingRow>>> findings) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartArray();
            findings.accept(batch -> batch.forEach(finding -> {
                try {
                    mapper.writeTree(json, event(finding));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            json.writeEndArray();
        }
    }

    ObjectNode event(FindingRow f) {
        ObjectNode e = mapper.createObjectNode();
        e.put("class_uid", CLASS_UID).put("class_name", "Compliance Finding");
        e.put("category_uid", CATEGORY_UID).put("category_name", "Findings");
        e.put("activity_id", ACTIVITY_UPDATE).put("activity_name", "Update");
        e.put("type_uid", CLASS_UID * 100 + ACTIVITY_UPDATE).put("type_name", "Compliance Finding: Update");
        int severityId = severityId(f.severity());
        e.put("severity_id", severityId).put("severity", f.severity() == null ? "Unknown" : title(f.severity()));
        boolean excepted = f.exceptionId() != null;
        int statusId = "PASS".equals(f.status()) ? 4 : excepted ? 3 : "FAIL".equals(f.status()) ? 1 : 99;
        e.put("status_id", statusId).put("status", switch (statusId) {
            case 1 -> "New";
            case 3 -> "Suppressed";
            case 4 -> "Resolved";
            default -> "Other";
        });
        e.put("time", f.evaluatedAt().toEpochMilli());
        ObjectNode metadata = e.putObject("metadata").put("version", OCSF_VERSION);
        metadata.putObject("product").put("name", "Demarc").put("vendor_name", "Demarc").put("version",
                productVersion);
        metadata.put("uid", f.findingId());
        ObjectNode info = e.putObject("finding_info").put("uid", f.findingId()).put("title", f.controlTitle());
        info.put("first_seen_time", f.firstSeenAt().toEpochMilli()).put("last_seen_time",
                f.evaluatedAt().toEpochMilli());
        if (f.remediation() != null) {
            e.putObject("remediation").put("desc", f.remediation());
        }
        ObjectNode compliance = e.putObject("compliance").put("control", f.controlId());
        compliance.put("status_id", complianceStatusId(f.status())).put("status", complianceStatus(f.status()));
        ArrayNode standards = compliance.putArray("standards");
        ArrayNode requirements = compliance.putArray("requirements");
        Map<String, List<String>> references = new TreeMap<>(f.references() == null ? Map.of() : f.references());
        references.forEach((framework, ids) -> {
            standards.add(framework);
            ids.forEach(id -> requirements.add(framework + ":" + id));
        });
        ObjectNode resource = e.putArray("resources").addObject().put("uid", f.arn() == null ? f.resourceId() : f.arn())
                .put("name", f.resourceId()).put("type", f.resourceType()).put("region", f.awsRegion());
        resource.putObject("owner").put("account_uid", f.accountId());
        ObjectNode cloud = e.putObject("cloud").put("provider", "AWS").put("region", f.awsRegion());
        cloud.putObject("account").put("uid", f.accountId()).put("type", "AWS Account");
        return e;
    }

    static int severityId(String severity) {
        return switch (severity == null ? "" : severity) {
            case "INFORMATIONAL" -> 1;
            case "LOW" -> 2;
            case "MEDIUM" -> 3;
            case "HIGH" -> 4;
            case "CRITICAL" -> 5;
            default -> 0;
        };
    }

    private static int complianceStatusId(String status) {
        return switch (status) {
            case "PASS" -> 1;
            case "FAIL" -> 3;
            default -> 99;
        };
    }

    private static String complianceStatus(String status) {
        return switch (status) {
            case "PASS" -> "Pass";
            case "FAIL" -> "Fail";
            default -> "Other";
        };
    }

    private static String title(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
    }
}
