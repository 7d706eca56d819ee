package io.demarc.helm;

import java.util.List;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** The objects of one rendering, with look-ups by kind and name. */
record Manifests(String text, List<JsonNode> objects) {

    static Manifests parse(String text) {
        return new Manifests(text, Chart.parseDocuments(text));
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    JsonNode get(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(o.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no " + kind + " named " + name + " in\n" + text));
    }

    /** The single container of a service's Deployment. */
    JsonNode container(String service) {
        return get("Deployment", Chart.RELEASE + "-" + service).at("/spec/template/spec/containers/0");
    }

    /** One environment variable of a service's container, or a missing node. */
    JsonNode env(String service, String name) {
        for (JsonNode env : container(service).path("env")) {
            if (name.equals(env.path("name").asText())) {
                return env;
            }
        }
        return MissingNode.getInstance();
    }
}
