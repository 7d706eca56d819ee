package io.demarc.console.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.demarc.console.client.ApiException;
import io.demarc.console.reports.ReportsApi.EvidencePackage;
import io.demarc.console.reports.ReportsApi.Framework;
import io.demarc.console.reports.ReportsApi.PackagePage;
import io.demarc.console.reports.ReportsApi.PackageRequest;
import io.demarc.console.reports.ReportsApi.Posture;
import io.demarc.console.web.CsrfForm;
import io.demarc.console.web.Pages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class ReportsPageTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final String ID = "0b6f3c1e-8d1a-4c5e-9a77-3f2b1d0c9e88";
    static final String OTHER = "11111111-2222-3333-4444-555555555555";

    @InjectMock
    @RestClient
    ReportsApi api;

    static EvidencePackage pkg(String id, String status, int done) {
        boolean ok = "SUCCEEDED".equals(status);
        return new EvidencePackage(id, "soc2", LocalDate.parse("2026-09-01"), LocalDate.parse("2026-11-30"), status,
                done, 10, "RUNNING".equals(status) ? "findings.csv" : null,
                "FAILED".equals(status) ? "the database went away" : null, "acme-auditor", NOW, NOW,
                ok ? NOW : null, ok ? 123_456L : null, ok ? "ab12cd34" : null, true);
    }

    void frameworks() {
        when(api.posture("acme")).thenReturn(new Posture(List.of(new Framework("soc2", "SOC 2", "2017"),
                new Framework("cis-aws-3.0", "CIS AWS Foundations", "3.0"))));
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void listsPackagesByCursorAndOffersTheRequestFormAndExports() {
        frameworks();
        when(api.packages("acme", null, ReportsPage.PAGE_SIZE)).thenReturn(new PackagePage(List.of(
                pkg(ID, "SUCCEEDED", 10), pkg(OTHER, "RUNNING", 4)), 20, "NDI"));

        Document page = Pages.get("/tenants/acme/reports", 200);

        assertThat(page.select("table.packages tbody tr")).hasSize(2);
        assertThat(page.select("table.packages a[download]").eachAttr("href"))
                .containsExactly("/tenants/acme/reports/evidence-packages/" + ID + "/download");
        assertThat(page.select("table.packages .badge").eachText()).containsExactly("succeeded", "running");
        assertThat(page.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo("/tenants/acme/reports?cursor=NDI");
        // Requesting a package is reading: the auditor may.
        assertThat(page.select("form[action=/tenants/acme/reports/evidence-packages] select option").eachAttr("value"))
                .containsExactly("soc2", "cis-aws-3.0");
        assertThat(page.selectFirst("#package-to").val()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).toString());
        assertThat(page.select("table.exports form").eachAttr("action")).containsExactly(
                "/tenants/acme/reports/exports/findings.csv", "/tenants/acme/reports/exports/findings.xlsx",
                "/tenants/acme/reports/exports/findings.ocsf.json", "/tenants/acme/reports/exports/report.pdf",
                "/tenants/acme/reports/exports/oscal-assessment-results.json",
                "/tenants/acme/reports/exports/oscal-system-security-plan.json");
        for (Element select : page.select("table.exports select")) {
            assertThat(page.select("label[for=" + select.id() + "]")).hasSize(1);
        }
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anEmptyListSaysWhatToDoNext() {
        when(api.posture("acme")).thenReturn(new Posture(List.of()));
        when(api.packages("acme", null, ReportsPage.PAGE_SIZE)).thenReturn(new PackagePage(List.of(), 20, null));

        Document page = Pages.get("/tenants/acme/reports", 200);

        assertThat(page.select(".empty-state").eachText()).anyMatch(text -> text.contains("No evidence package yet"))
                .anyMatch(text -> text.contains("nothing to package"));
        assertThat(page.select(".empty-state a").eachAttr("href")).contains("/tenants/acme/accounts");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void requestingAPackagePostsItAndShowsItsProgress() {
        frameworks();
        when(api.packages("acme", null, ReportsPage.PAGE_SIZE)).thenReturn(new PackagePage(List.of(), 20, null));
        when(api.requestPackage(eq("acme"), any())).thenReturn(pkg(ID, "QUEUED", 0));

        var answer = CsrfForm.post("/tenants/acme/reports", "/tenants/acme/reports/evidence-packages",
                Map.of("framework", "soc2", "from", "2026-09-01", "to", "2026-11-30"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/tenants/acme/reports/evidence-packages/" + ID);
        verify(api).requestPackage("acme", new PackageRequest("soc2", LocalDate.parse("2026-09-01"),
                LocalDate.parse("2026-11-30")));
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aRefusedRequestComesBackWithTheServicesWords() {
        frameworks();
        when(api.packages("acme", null, ReportsPage.PAGE_SIZE)).thenReturn(new PackagePage(List.of(), 20, null));
        when(api.requestPackage(eq("acme"), any())).thenThrow(new ApiException(400, "Bad Request",
                "the period may span at most 400 days", List.of()));

        var answer = CsrfForm.post("/tenants/acme/reports", "/tenants/acme/reports/evidence-packages",
                Map.of("framework", "cis-aws-3.0", "from", "2020-01-01", "to", "2026-11-30"));

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = Pages.parse(answer);
        assertThat(page.selectFirst(".notice.error").text()).contains("at most 400 days");
        assertThat(page.selectFirst("#package-from").val()).isEqualTo("2020-01-01");
        assertThat(page.selectFirst("#package-framework option[selected]").val()).isEqualTo("cis-aws-3.0");

        var bad = CsrfForm.post("/tenants/acme/reports", "/tenants/acme/reports/evidence-packages",
                Map.of("framework", "soc2", "from", "yesterday", "to", "2026-11-30"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Pages.parse(bad).selectFirst(".notice.error").text()).contains("two dates");
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void aBuildingPackagePollsAndAFinishedOneStops() {
        when(api.evidencePackage("acme", OTHER)).thenReturn(pkg(OTHER, "RUNNING", 4));
        when(api.evidencePackage("acme", ID)).thenReturn(pkg(ID, "SUCCEEDED", 10));

        Document running = Pages.get("/tenants/acme/reports/evidence-packages/" + OTHER, 200);
        Element status = running.selectFirst("#package-status");
        assertThat(status.attr("hx-get")).isEqualTo("/tenants/acme/reports/evidence-packages/" + OTHER + "/status");
        assertThat(status.attr("hx-trigger")).isEqualTo("every 2s");
        assertThat(status.text()).contains("4 of 10 steps").contains("findings.csv");

        Document done = Jsoup.parse(given().get("/tenants/acme/reports/evidence-packages/" + ID + "/status").then()
                .statusCode(200).extract().asString());
        Element finished = done.selectFirst("#package-status");
        assertThat(finished.hasAttr("hx-trigger")).isFalse();
        assertThat(done.select("header")).isEmpty();
        assertThat(finished.selectFirst("code.sha256").text()).isEqualTo("ab12cd34");
        assertThat(finished.selectFirst("a[download]").attr("href"))
                .isEqualTo("/tenants/acme/reports/evidence-packages/" + ID + "/download");
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void aFailedPackageSaysWhy() {
        when(api.evidencePackage("acme", ID)).thenReturn(pkg(ID, "FAILED", 3));

        Document page = Pages.get("/tenants/acme/reports/evidence-packages/" + ID, 200);

        assertThat(page.selectFirst(".notice.error").text()).contains("the database went away");
        assertThat(page.select("#package-status a[download]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void thePackageIsStreamedThroughWithItsTypeAndName() {
        byte[] zip = {'P', 'K', 3, 4, 1, 2, 3};
        InputStream body = new ByteArrayInputStream(zip);
        when(api.packageContent("acme", ID)).thenReturn(Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"evidence-acme-soc2-2026-09-01-2026-11-30.zip\"")
                .header("Digest", "sha-256=q83N").build());

        var answer = given().get("/tenants/acme/reports/evidence-packages/" + ID + "/download");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/zip");
        assertThat(answer.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"evidence-acme-soc2-2026-09-01-2026-11-30.zip\"");
        assertThat(answer.header("Digest")).isEqualTo("sha-256=q83N");
        assertThat(answer.asByteArray()).isEqualTo(zip);
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void aPackageNotReadyYetIsAReadableConflict() {
        when(api.packageContent("acme", ID)).thenReturn(Response.status(409).type("application/problem+json")
                .entity("{\"title\":\"Not ready\",\"detail\":\"Package is RUNNING; only a SUCCEEDED package can be"
                        + " downloaded\"}")
                .build());

        Document page = Pages.get("/tenants/acme/reports/evidence-packages/" + ID + "/download", 409);

        assertThat(page.text()).contains("only a SUCCEEDED package can be downloaded");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void exportsAreStreamedWithTheServicesContentTypeAndFileName() {
        when(api.findingsCsv("acme", "soc2")).thenReturn(Response.ok(new ByteArrayInputStream(
                "findingId,status\nf1,FAIL\n".getBytes()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"findings-acme.csv\"").build());
        when(api.reportPdf("acme")).thenReturn(Response.ok(new ByteArrayInputStream(new byte[]{'%', 'P', 'D', 'F'}),
                "application/pdf").build());
        when(api.oscalSystemSecurityPlan("acme", "soc2")).thenReturn(Response.ok(new ByteArrayInputStream(
                "{}".getBytes()), "application/json").header("Content-Disposition",
                        "attachment; filename=\"ssp-acme-soc2.json\"")
                .build());

        var csv = given().get("/tenants/acme/reports/exports/findings.csv?framework=soc2");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"findings-acme.csv\"");
        assertThat(csv.asString()).isEqualTo("findingId,status\nf1,FAIL\n");

        var pdf = given().get("/tenants/acme/reports/exports/report.pdf?framework=ignored");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"acme-report.pdf\"");
        verify(api).reportPdf("acme");

        var ssp = given().get("/tenants/acme/reports/exports/oscal-system-security-plan.json?framework=soc2");
        assertThat(ssp.contentType()).startsWith("application/json");
        assertThat(ssp.header("Content-Disposition")).isEqualTo("attachment; filename=\"ssp-acme-soc2.json\"");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anOscalExportWithoutFrameworkOrAnUnknownExportIsARefusalPage() {
        Document page = Pages.get("/tenants/acme/reports/exports/oscal-assessment-results.json?framework=", 400);
        assertThat(page.selectFirst(".lead").text()).contains("Choose a framework");
        verify(api, never()).oscalAssessmentResults(anyString(), any());

        Pages.get("/tenants/acme/reports/exports/passwords.txt", 404);
    }
}
