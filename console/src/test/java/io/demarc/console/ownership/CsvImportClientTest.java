package io.demarc.console.ownership;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.demarc.console.client.ApiException;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The CSV client against an HTTP stand-in for ownership-service: its refusal of a file reaches the page with every
 * bad line ({@code errors: [{line, message}]} read by the console's problem mapper).
 */
@QuarkusTest
class CsvImportClientTest {

    private WireMockServer ownership;

    @BeforeEach
    void start() {
        ownership = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        ownership.start();
    }

    @AfterEach
    void stop() {
        ownership.stop();
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void everyBadLineOfARefusedFileBecomesAViolation() {
        ownership.stubFor(post(urlEqualTo("/api/v1/tenants/acme/assignments.csv")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":400,\"title\":\"Bad Request\",\"detail\":\"2 bad line(s) in the assignments"
                        + " file; nothing was applied\",\"errors\":[{\"line\":3,\"message\":\"unknown domain\"},"
                        + "{\"line\":5,\"message\":\"an ACCOUNT scope needs a 12-digit AWS account id\"}]}")));
        OwnershipCsvApi client = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create("http://localhost:" + ownership.port())).build(OwnershipCsvApi.class);

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> client.importAssignments("acme", "domain,scopeKind\nx,y\n"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).startsWith("2 bad line(s)");
        assertThat(refused.violations()).containsExactly("line 3: unknown domain",
                "line 5: an ACCOUNT scope needs a 12-digit AWS account id");
    }
}
