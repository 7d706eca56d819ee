package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The HTTPRoute and Ingress send each API path to the service that owns it, and to no other. */
class RouteTest {

    private static final Manifests ALL = Chart.render(Chart.EVERYTHING_ON);

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
            "/q/metrics, none"})
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
            "/api/v1/tenants/acme/resourcesx, none"})
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
}
