package io.demarc.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

/** The chart under test, rendered in-process by helm-java with release name {@value #RELEASE}. */
final class Chart {

    static final Path DIR = Path.of("demarc");
    static final String RELEASE = "demarc";
    static final Path EVERYTHING_ON = Path.of("src", "test", "resources", "everything-on.yaml");
    static final List<String> SERVICES = List.of("inventory", "ownership", "assessment", "reporting");
    /** The web console's objects: Deployment, Service, PodDisruptionBudget, HorizontalPodAutoscaler, NetworkPolicy. */
    static final String CONSOLE = RELEASE + "-console";

    /** Duplicate keys (e.g. a label rendered twice) make the API server refuse the object: fail on them here. */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Chart() {
    }

    static Helm helm() {
        return new Helm(DIR);
    }

    /** Renders with the default values plus the given values files, in order. */
    static Manifests render(Path... valuesFiles) {
        return Manifests.parse(renderText(valuesFiles));
    }

    static String renderText(Path... valuesFiles) {
        TemplateCommand template = helm().template().withName(RELEASE).withNamespace("demarc");
        for (Path file : valuesFiles) {
            template = template.withValuesFile(file);
        }
        return template.call();
    }

    /** Renders with the default values overridden by a YAML snippet (written to a temporary values file). */
    static Manifests renderWith(String valuesYaml) {
        return render(valuesFile(valuesYaml));
    }

    static String renderTextWith(String valuesYaml) {
        return renderText(valuesFile(valuesYaml));
    }

    static Path valuesFile(String valuesYaml) {
        try {
            Path file = Files.createTempFile("values-", ".yaml");
            file.toFile().deleteOnExit();
            return Files.writeString(file, valuesYaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> parseDocuments(String yaml) {
        try (var parser = YAML.createParser(yaml)) {
            List<JsonNode> docs = new ArrayList<>();
            var it = MAPPER.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
