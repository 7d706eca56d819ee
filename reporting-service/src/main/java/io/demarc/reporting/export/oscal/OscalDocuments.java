package io.demarc.reporting.export.oscal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.json.JSONObject;

import gov.nist.secauto.metaschema.core.datatype.markup.MarkupLine;
import gov.nist.secauto.metaschema.core.model.IBoundObject;
import gov.nist.secauto.metaschema.core.model.validation.IValidationResult;
import gov.nist.secauto.metaschema.core.model.validation.JsonSchemaContentValidator;
import gov.nist.secauto.metaschema.databind.io.Format;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.Metadata;

/**
 * Serializes OSCAL model objects to JSON with NIST's binding, and checks the result against the OSCAL JSON schema
 * bundled with the library, so no export leaves the service in a shape OSCAL tools would refuse.
 */
public final class OscalDocuments {

    /** The OSCAL version of the schemas liboscal-java 5.2.0 bundles. */
    public static final String OSCAL_VERSION = "1.1.3";
    public static final String ASSESSMENT_RESULTS_SCHEMA = "/schema/json/oscal-ar_schema.json";
    public static final String SYSTEM_SECURITY_PLAN_SCHEMA = "/schema/json/oscal-ssp_schema.json";

    private OscalDocuments() {
    }

    static Metadata metadata(String title, ZonedDateTime lastModified, String version) {
        Metadata metadata = new Metadata();
        metadata.setTitle(MarkupLine.fromMarkdown(title));
        metadata.setLastModified(lastModified);
        metadata.setVersion(version);
        metadata.setOscalVersion(OSCAL_VERSION);
        return metadata;
    }

    /** The document as OSCAL JSON, after checking it against {@code schema}; an invalid document is a bug here. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static byte[] json(IBoundObject document, String schema) {
        StringWriter out = new StringWriter();
        try {
            Class type = document.getClass();
            OscalBindingContext.instance().newSerializer(Format.JSON, type).serialize(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] json = out.toString().getBytes(StandardCharsets.UTF_8);
        List<String> problems = validate(json, schema);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("generated OSCAL does not validate (" + problems.size() + " problems): "
                    + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        }
        return json;
    }

    /** Schema violations of an OSCAL JSON document, each with its JSON pointer; empty when it is valid. */
    public static List<String> validate(byte[] json, String schema) {
        try (var schemaStream = OscalDocuments.class.getResourceAsStream(schema)) {
            if (schemaStream == null) {
                throw new IllegalStateException(schema + " is not on the classpath");
            }
            JsonSchemaContentValidator validator = new JsonSchemaContentValidator(schemaStream);
            IValidationResult result = validator.validate(new JSONObject(new String(json, StandardCharsets.UTF_8)),
                    URI.create("urn:demarc:export"));
            return result.getFindings().stream().map(f -> f.getPath() + ": " + f.getMessage())
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(OutputStream out, byte[] json) throws IOException {
        out.write(json);
    }
}
