package io.demarc.console.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Downloads cross a real REST client to a stand-in reporting-service: every byte arrives, type and name kept. */
@QuarkusTest
@QuarkusTestResource(value = FakeReporting.class, restrictToAnnotatedClass = true)
class StreamingDownloadTest {

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void aLargePackageStreamsThroughIntact() throws IOException {
        var answer = given()
                .get("/tenants/acme/reports/evidence-packages/0b6f3c1e-8d1a-4c5e-9a77-3f2b1d0c9e88/download");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/zip");
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"evidence-acme-soc2.zip\"");
        long position = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream body = answer.asInputStream()) {
            for (int read; (read = body.read(buffer)) != -1;) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] != FakeReporting.at(position + i)) {
                        throw new AssertionError("byte " + (position + i) + " differs");
                    }
                }
                position += read;
            }
        }
        assertThat(position).isEqualTo(FakeReporting.ZIP_SIZE);
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void aRefusalOfTheServiceIsAReadablePage() {
        var answer = given().get("/tenants/acme/reports/exports/findings.csv?framework=astrology");

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.selectFirst(".lead").text()).isEqualTo("unknown framework 'astrology'");
    }
}
