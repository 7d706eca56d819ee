package io.demarc.catalog.frameworks;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.Frameworks;
import io.demarc.catalog.frameworks.FrameworkFile.Entry;
import io.demarc.catalog.responsibility.Side;

/**
 * Reads one file per framework key strictly (unknown or duplicated fields are errors), checks each requirement, and
 * derives how each is met from the controls that cite it. Every problem of a file is reported at once.
 */
final class FrameworkReader {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final ClassLoader loader;
    private final String folder;

    FrameworkReader(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
    }

    /** Every framework of {@link Frameworks#ALL}, in that order, with the citations of {@code controls} applied. */
    Map<String, Framework> read(Collection<Control> controls) {
        Citations citations = Citations.of(controls);
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        for (String key : Frameworks.ALL) {
            frameworks.put(key, read(key, citations));
        }
        return frameworks;
    }

    private Framework read(String key, Citations citations) {
        String resource = folder + key + ".json";
        FrameworkFile file = parse(resource);
        Problems problems = new Problems(resource);
        checkHeader(file, key, problems);
        problems.throwIfAny();

        Map<String, Requirement> requirements = new LinkedHashMap<>();
        for (Entry entry : file.requirements()) {
            for (Requirement requirement : expand(entry, file.awsAttestation(), key, citations, problems)) {
                if (requirements.putIfAbsent(requirement.id(), requirement) != null) {
                    problems.add("requirement '" + requirement.id() + "' is defined twice");
                }
            }
        }
        citations.of(key).forEach((id, controlIds) -> {
            if (!requirements.containsKey(id)) {
                problems.add("control(s) " + controlIds + " cite requirement '" + id + "', which is not defined here");
            }
        });
        problems.throwIfAny();
        return new Framework(key, file.title(), file.version(), new ArrayList<>(requirements.values()));
    }

    private static void checkHeader(FrameworkFile file, String expectedKey, Problems problems) {
        if (file.key() == null || !Frameworks.ALL.contains(file.key())) {
            problems.add("unknown framework key '" + file.key() + "'; known: " + Frameworks.ALL);
        } else if (!file.key().equals(expectedKey)) {
            problems.add("key '" + file.key() + "' does not match the file name, which says '" + expectedKey + "'");
        }
        problems.requireText(file.title(), "title");
        problems.requireText(file.version(), "version");
        if (file.requirements() == null || file.requirements().isEmpty()) {
            problems.add("requirements lists no requirement");
        }
    }

    /** The requirement(s) an entry stands for; none when the entry is unusable (the problem is recorded). */
    private static List<Requirement> expand(Entry entry, String defaultAttestation, String key, Citations citations,
            Problems problems) {
        if (entry == null || entry.id() == null || entry.id().isBlank()) {
            problems.add("a requirement has no id");
            return List.of();
        }
        String where = "requirement '" + entry.id() + "'";
        problems.requireText(entry.title(), where + ": title");
        Side side = entry.side() == null ? Side.CUSTOMER : entry.side();
        String attestation = side == Side.CUSTOMER
                ? entry.awsAttestation()
                : entry.awsAttestation() != null ? entry.awsAttestation() : defaultAttestation;
        if (side != Side.CUSTOMER && (attestation == null || attestation.isBlank())) {
            problems.add(where + ": on the " + side + " side it needs awsAttestation, the AWS report covering AWS's"
                    + " part");
        }
        if (side == Side.CUSTOMER && attestation != null) {
            problems.add(where + ": awsAttestation makes no sense on the CUSTOMER side");
        }
        List<String> ids = ids(entry, where, problems);
        List<Requirement> requirements = new ArrayList<>();
        for (String id : ids) {
            List<String> controlIds = citations.of(key).getOrDefault(id, List.of());
            if (side == Side.AWS && !controlIds.isEmpty()) {
                problems.add("requirement '" + id + "' is carried by AWS alone, yet control(s) " + controlIds
                        + " cite it: make it SHARED or drop the citation");
            }
            Fulfilment fulfilment = side == Side.AWS
                    ? Fulfilment.INHERITED
                    : controlIds.isEmpty() ? Fulfilment.MANUAL : Fulfilment.AUTOMATED;
            requirements.add(new Requirement(id, entry.title(), side, fulfilment, attestation, controlIds));
        }
        return requirements;
    }

    private static List<String> ids(Entry entry, String where, Problems problems) {
        if (entry.parts() == null) {
            return List.of(entry.id());
        }
        if (entry.parts() < 1) {
            problems.add(where + ": parts must be at least 1, found " + entry.parts());
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int part = 1; part <= entry.parts(); part++) {
            ids.add(entry.id() + "." + part);
        }
        return ids;
    }

    private FrameworkFile parse(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FrameworkCatalogException(resource + ": not found on the classpath");
            }
            FrameworkFile file = STRICT.readValue(in, FrameworkFile.class);
            if (file == null) {
                throw new FrameworkCatalogException(resource + ": is empty");
            }
            return file;
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) {
                throw notJson(resource, syntax);
            }
            throw new FrameworkCatalogException(
                    resource + ": " + e.getOriginalMessage() + " (at " + e.getPathReference() + ")", e);
        } catch (StreamReadException e) {
            throw notJson(resource, e);
        } catch (IOException e) {
            throw new FrameworkCatalogException(resource + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static FrameworkCatalogException notJson(String resource, StreamReadException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new FrameworkCatalogException(resource + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    }
}
