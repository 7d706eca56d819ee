package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The HTTPRoute and Ingress send each API path to the service that owns it, and to no other; the console takes every
 * path outside /api/ and /q/, so it can shadow no API path.
 */
class RouteTest {

    private static final Manifests ALL = Chart.render(Chart.EVERYTHING_ON);
    /** Every first segment below /api/v1/tenants/{id}/ that a service answers (apiPaths in values.yaml). */
    private static final List<String> API_SEGMENTS = apiSegments();

    @ParameterizedTest
    @CsvSource({
            "/api/v1/tenants/acme/imports, demarc-inventory",
            "/api/v1/tenants/acme/resources, demarc-inventory",
            "/api/v1/tenants/acme/resources/arn:aws:s3:::bucket, demarc-inventory",
            "/api/v1/tenants/globex/resource-types, demarc-ownership",
            "/api/v1/tenants/acme/matrix, demarc-reporting",
            "/api/v1/tenants/acme/teams/7, demarc-ownership",
            "/api/v1/tenants/acme/teams.csv, demarc-ownership",
            "/api/v1/tenants/acme/assignments/9/history, demarc-ownership",
            "/api/v1/tenants/acme/duties/unowned, demarc-ownership",
            "/api/v1/tenants/acme/owners/resolve, demarc-ownership",
            "/api/v1/tenants/acme/custom-controls, demarc-assessment",
            "/api/v1/tenants/acme/exceptions/3/approve, demarc-assessment",
            "/api/v1/tenants/acme/frameworks/soc2/requirements, demarc-assessment",
            "/api/v1/tenants/acme/posture, demarc-reporting",
            "/api/v1/tenants/acme/evidence-packages/5/content, demarc-reporting",
            "/api/v1/tenants/acme/exports/report.pdf, demarc-reporting",
            "/api/v1/rollup, demarc-reporting",
            "/api/v1/webhooks/sns/acme, demarc-inventory",
            "/api/v1/tenants/acme/collections/1, demarc-inventory",
            "/api/v1/tenants/acme/unknown-resource-types, demarc-inventory",
            "/api/v1/rollupx, none",
            "/api/v1/tenants/acme/accounts/111122223333, demarc-inventory",
            "/api/v1/tenants/acme/onboarding/cloudformation, demarc-inventory",
            "/api/v1/tenants, demarc-inventory",
            "/api/v1/tenants/acme, demarc-inventory",
            "/api/v1/tenants/acme/suspend, demarc-inventory",
            "/api/v1/tenants/acme/controls/s3-public-read, demarc-assessment",
            "/api/v1/tenants/acme/findings, demarc-reporting",
            "/api/v1/tenants/acme/findings/42, demarc-reporting",
            "/api/v1/tenants/acme/unknown, none",
            "/api/v1/tenants/acme/resourcesx, none",
            "/api/v2/tenants/acme/resources, none",
            "/api, none",
            "/api/, none",
            "/q/metrics, none",
            "/q/health/ready, none",
            "/q, none",
            // The console takes every other path.
            "/, demarc-console",
            "/tenants/acme, demarc-console",
            "/tenants/acme/findings/42, demarc-console",
            "/static/console.css, demarc-console",
            "/webjars/htmx.org/dist/htmx.min.js, demarc-console",
            "/sign-out, demarc-console",
            "/signed-out, demarc-console",
            "/favicon.ico, demarc-console",
            "/a, demarc-console",
            "/ap, demarc-console",
            "/apis/x, demarc-console",
            "/apple, demarc-console",
            "/aqua, demarc-console",
            "/quarterly-report, demarc-console"})
    void httpRouteSendsThePathToItsService(String path, String backend) {
        List<String> backends = new ArrayList<>();
        for (JsonNode rule : ALL.get("HTTPRoute", "demarc-demarc").at("/spec/rules")) {
            JsonNode match = rule.at("/matches/0/path");
            assertThat(match.path("type").asText()).isEqualTo("RegularExpression");
            if (Pattern.compile(match.path("value").asText()).matcher(path).matches()) {
                backends.add(rule.at("/backendRefs/0/name").asText());
            }
        }

        assertThat(backends).isEqualTo(backend.equals("none") ? List.of() : List.of(backend));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/tenants/acme/resources, demarc-inventory",
            "/api/v1/tenants/acme/resource-types, demarc-ownership",
            "/api/v1/tenants/acme/findings/42, demarc-reporting",
            "/api/v1/tenants, demarc-inventory",
            "/api/v1/tenants/acme/resume, demarc-inventory",
            "/api/v1/tenants/acme/teams.csv, demarc-ownership",
            "/api/v1/tenants/acme/matrix, demarc-reporting",
            "/api/v1/rollup, demarc-reporting",
            "/api/v1/webhooks/eventbridge/acme/111122223333, demarc-inventory",
            "/api/v1/tenants/acme/resourcesx, none",
            "/API/v1/tenants/acme/resources, demarc-inventory",
            "/q/health/ready, none",
            "/, demarc-console",
            "/tenants/acme/matrix, demarc-console",
            "/static/console.js, demarc-console",
            "/signed-out, demarc-console",
            "/apis, demarc-console"})
    void ingressRegexPrefixesSendThePathToItsService(String path, String backend) {
        List<String> backends = new ArrayList<>();
        for (JsonNode entry : ALL.get("Ingress", "demarc-demarc").at("/spec/rules/0/http/paths")) {
            // ingress-nginx treats the path as a case-insensitive regular expression anchored at the start.
            if (Pattern.compile("^" + entry.path("path").asText(), Pattern.CASE_INSENSITIVE).matcher(path)
                    .lookingAt()) {
                backends.add(entry.at("/backend/service/name").asText());
            }
        }

        assertThat(backends).isEqualTo(backend.equals("none") ? List.of() : List.of(backend));
    }

    /** Every API path family of every service, as the default values declare them, still reaches its service. */
    @Test
    void noApiPathOfAnyServiceReachesTheConsole() {
        Pattern console = consolePattern();
        List<String> samples = new ArrayList<>(List.of("/api/v1/tenants", "/api/v1/tenants/acme",
                "/api/v1/tenants/acme/suspend", "/api/v1/rollup", "/api/v1/webhooks/sns/acme"));
        JsonNode services = ALL.get("HTTPRoute", "demarc-demarc").at("/spec/rules");
        for (String segment : API_SEGMENTS) {
            samples.add("/api/v1/tenants/acme/" + segment);
            samples.add("/api/v1/tenants/acme/" + segment + "/1");
        }

        for (String path : samples) {
            assertThat(console.matcher(path).matches()).as(path).isFalse();
            List<String> backends = new ArrayList<>();
            for (JsonNode rule : services) {
                if (Pattern.compile(rule.at("/matches/0/path/value").asText()).matcher(path).matches()) {
                    backends.add(rule.at("/backendRefs/0/name").asText());
                }
            }
            assertThat(backends).as(path).singleElement().isNotEqualTo(Chart.CONSOLE);
        }
    }

    /**
     * The console's rule is a regular expression too (Gateway API ranks every PathPrefix above every
     * RegularExpression in Istio, so a PathPrefix "/" would take the API), it comes last, and both the HTTPRoute and
     * the Ingress use the same expression.
     */
    @Test
    void consoleRuleIsTheLastRegularExpressionOnBothRoutes() {
        JsonNode rules = ALL.get("HTTPRoute", "demarc-demarc").at("/spec/rules");
        JsonNode last = rules.get(rules.size() - 1);
        JsonNode paths = ALL.get("Ingress", "demarc-demarc").at("/spec/rules/0/http/paths");
        JsonNode lastPath = paths.get(paths.size() - 1);

        assertThat(last.at("/backendRefs/0/name").asText()).isEqualTo(Chart.CONSOLE);
        assertThat(last.at("/backendRefs/0/port").asInt()).isEqualTo(8080);
        assertThat(last.at("/matches/0/path/type").asText()).isEqualTo("RegularExpression");
        assertThat(lastPath.at("/backend/service/name").asText()).isEqualTo(Chart.CONSOLE);
        assertThat(lastPath.path("pathType").asText()).isEqualTo("ImplementationSpecific");
        assertThat("^" + lastPath.path("path").asText()).isEqualTo(last.at("/matches/0/path/value").asText());
    }

    /** ingress-nginx writes regex locations longest first and takes the first match: the API paths still win. */
    @ParameterizedTest
    @CsvSource({
            "/api/v1/tenants/acme/findings, demarc-reporting",
            "/api/v1/tenants, demarc-inventory",
            "/api/v1/rollup, demarc-reporting",
            "/tenants/acme, demarc-console",
            "/, demarc-console"})
    void ingressNginxLongestFirstOrderKeepsTheApiPaths(String path, String backend) {
        List<JsonNode> paths = new ArrayList<>();
        ALL.get("Ingress", "demarc-demarc").at("/spec/rules/0/http/paths").forEach(paths::add);
        paths.sort(Comparator.comparingInt((JsonNode p) -> p.path("path").asText().length()).reversed());

        String first = paths.stream()
                .filter(p -> Pattern.compile("^" + p.path("path").asText(), Pattern.CASE_INSENSITIVE).matcher(path)
                        .lookingAt())
                .map(p -> p.at("/backend/service/name").asText())
                .findFirst().orElse("none");

        assertThat(first).isEqualTo(backend);
    }

    private static List<String> apiSegments() {
        List<String> segments = new ArrayList<>();
        try {
            String values = Files.readString(Chart.DIR.resolve("values.yaml"));
            Chart.parseDocuments(values).get(0).path("services")
                    .forEach(service -> service.path("apiPaths").forEach(p -> segments.add(p.asText())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(segments).hasSizeGreaterThan(20);
        return segments;
    }

    private static Pattern consolePattern() {
        JsonNode rules = ALL.get("HTTPRoute", "demarc-demarc").at("/spec/rules");
        return Pattern.compile(rules.get(rules.size() - 1).at("/matches/0/path/value").asText());
    }
}
