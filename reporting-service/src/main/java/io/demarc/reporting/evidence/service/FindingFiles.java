package io.demarc.reporting.evidence.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.reporting.export.FindingEvidence;
import io.demarc.reporting.export.FindingRow;
import io.demarc.reporting.export.FindingRowReader;
import io.demarc.reporting.export.FindingScope;
import io.demarc.reporting.export.FindingsCsv;

/**
 * The three finding files of a package (findings.csv, findings.json, configuration-evidence.json) from one read of
 * the findings: 200,000 findings are read from the database once, not three times.
 */
final class FindingFiles {

    private final ObjectMapper mapper;
    private final FindingRowReader reader;

    FindingFiles(ObjectMapper mapper, FindingRowReader reader) {
        this.mapper = mapper;
        this.reader = reader;
    }

    /** Writes the CSV to {@code csvOut} and both JSON arrays to {@code spill}, in one pass over the findings. */
    void write(FindingScope scope, OutputStream csvOut, SpillFiles spill) throws IOException {
        Writer writer = new OutputStreamWriter(csvOut, StandardCharsets.UTF_8);
        try (FindingsCsv csv = FindingsCsv.to(writer);
                JsonGenerator findingsJson = generator(spill.findings());
                JsonGenerator evidenceJson = generator(spill.evidence())) {
            findingsJson.writeStartArray();
            evidenceJson.writeStartArray();
            reader.forEachEvidence(scope, batch -> {
                csv.write(batch.stream().map(FindingEvidence::row).toList());
                for (FindingEvidence item : batch) {
                    write(findingsJson, item.row());
                    newline(findingsJson);
                    writeEvidence(evidenceJson, item);
                    newline(evidenceJson);
                }
            });
            findingsJson.writeEndArray();
            evidenceJson.writeEndArray();
        }
        writer.flush();
    }

    private static void writeEvidence(JsonGenerator json, FindingEvidence item) {
        FindingRow e = item.row();
        try {
            json.writeStartObject();
            json.writeStringField("findingId", e.findingId());
            json.writeStringField("controlId", e.controlId());
            json.writeStringField("status", e.status());
            json.writeStringField("accountId", e.accountId());
            json.writeStringField("awsRegion", e.awsRegion());
            json.writeStringField("resourceType", e.resourceType());
            json.writeStringField("resourceId", e.resourceId());
            json.writeStringField("arn", e.arn());
            json.writeStringField("itemHash", e.itemHash());
            json.writeStringField("itemCaptureTime", text(e.itemCaptureTime()));
            json.writeStringField("evaluatedAt", text(e.evaluatedAt()));
            json.writeFieldName("evidence");
            // The stored JSON text is copied as it is: parsing it again would only cost time.
            if (item.evidenceJson() == null) {
                json.writeNull();
            } else {
                json.writeRawValue(item.evidenceJson());
            }
            json.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void write(JsonGenerator json, Object item) {
        try {
            mapper.writeValue(json, item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compact JSON, one array item per line: large arrays stay readable with line tools and small on disk. */
    private JsonGenerator generator(OutputStream out) throws IOException {
        return mapper.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private static void newline(JsonGenerator json) {
        try {
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
