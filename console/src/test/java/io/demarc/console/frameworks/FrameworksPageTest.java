package io.demarc.console.frameworks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.client.impl.multipart.QuarkusMultipartForm;
import org.jboss.resteasy.reactive.client.impl.multipart.QuarkusMultipartFormDataPart;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.demarc.console.client.ApiException;
import io.demarc.console.frameworks.FrameworkPostureApi.Posture;
import io.demarc.console.frameworks.FrameworkPostureApi.RequirementStatus;
import io.demarc.console.frameworks.FrameworkPostureApi.Score;
import io.demarc.console.frameworks.FrameworkPostureApi.StatusPage;
import io.demarc.console.frameworks.FrameworksApi.Attestation;
import io.demarc.console.frameworks.FrameworksApi.AttestationPage;
import io.demarc.console.frameworks.FrameworksApi.Expiring;
import io.demarc.console.frameworks.FrameworksApi.ExpiringPage;
import io.demarc.console.frameworks.FrameworksApi.FrameworkPage;
import io.demarc.console.frameworks.FrameworksApi.FrameworkSummary;
import io.demarc.console.frameworks.FrameworksApi.Requirement;
import io.demarc.console.frameworks.FrameworksApi.RequirementPage;
import io.demarc.console.web.CsrfForm;
import io.demarc.console.web.Pages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class FrameworksPageTest {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC);
    static final FrameworkSummary ISO = new FrameworkSummary("iso27001-2022", "ISO/IEC 27001", "2022", 92, 10, 23,
            59, 3, 64);

    @InjectMock
    @RestClient
    FrameworksApi api;

    @InjectMock
    @RestClient
    FrameworkPostureApi posture;

    void frameworks() {
        when(api.frameworks("acme", 500)).thenReturn(new FrameworkPage(List.of(ISO, new FrameworkSummary("soc2",
                "SOC 2", "2017", 27, 0, 20, 7, 0, 11)), 500, null));
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void listsFrameworksWithScoresAndWhatExpiresSoonest() {
        frameworks();
        when(posture.posture("acme")).thenReturn(new Posture(List.of(new Score("iso27001-2022", 61.5, 20, 3, 3, 56,
                0))));
        when(api.expiring("acme", 30, 100)).thenReturn(new ExpiringPage(List.of(
                new Expiring("soc2", "SOC 2", "cc_1_1", "Integrity and ethical values", "a1", "CISO",
                        TODAY.plusDays(3), 3),
                new Expiring("iso27001-2022", "ISO/IEC 27001", "A.5.1", "Policies", "a2", "CISO",
                        TODAY.plusDays(21), 21)),
                100, null));

        Document page = Pages.get("/tenants/acme/frameworks", 200);

        assertThat(page.select("table.frameworks tbody th[scope=row] a").eachAttr("href")).containsExactly(
                "/tenants/acme/frameworks/iso27001-2022", "/tenants/acme/frameworks/soc2");
        assertThat(page.select("table.frameworks tbody tr").get(0).select("td.num").eachText())
                .containsExactly("61.5 %", "92", "10", "23", "59", "3", "64");
        assertThat(page.select("table.frameworks tbody tr").get(1).selectFirst("td.num").text()).isEqualTo("—");
        assertThat(page.select("table.expiring tbody td.num").eachText()).containsExactly("3", "21");
        assertThat(page.select("table.expiring tbody a").first().attr("href"))
                .isEqualTo("/tenants/acme/frameworks/soc2/requirements/cc_1_1/attestations");
        assertThat(page.select("nav.sections a[aria-current=page]").text()).isEqualTo("Frameworks");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void nothingExpiringSaysWhereToLook() {
        frameworks();
        when(posture.posture("acme")).thenReturn(new Posture(List.of()));
        when(api.expiring("acme", 30, 100)).thenReturn(new ExpiringPage(List.of(), 100, null));

        Document page = Pages.get("/tenants/acme/frameworks", 200);

        assertThat(page.selectFirst(".empty-state").text()).contains("No attestation runs out within 30 days")
                .contains("a tenant administrator attests them");
    }

    void isoRequirements(String cursor, String statusCursor) {
        frameworks();
        when(api.requirements("acme", "iso27001-2022", cursor, FrameworksPage.PAGE_SIZE)).thenReturn(
                new RequirementPage(List.of(
                        new Requirement("A.7.1", "Physical security perimeters", "INHERITED", "AWS",
                                "ISO/IEC 27001:2022 certificate", List.of(), null, null, null),
                        new Requirement("A.8.9", "Configuration management", "AUTOMATED", "SHARED",
                                "ISO/IEC 27001:2022 certificate", List.of("ec2-sg-ssh-open-world"), "ATTESTED", "a9",
                                TODAY.plusDays(40)),
                        new Requirement("A.5.1", "Policies for information security", "MANUAL", "CUSTOMER", null,
                                List.of(), "MISSING", null, null)),
                        100, "MTAy"));
        when(posture.requirements("acme", "iso27001-2022", statusCursor, FrameworksPage.PAGE_SIZE)).thenReturn(
                new StatusPage(List.of(new RequirementStatus("A.7.1", "INHERITED", 0, 0),
                        new RequirementStatus("A.8.9", "FAILING", 4, 1),
                        new RequirementStatus("A.5.1", "UNATTESTED", 0, 0)), 100, "QS41LjE"));
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aFrameworksRequirementsSayWhoCarriesThemHowTheyAreMetAndWhereTheyStand() {
        isoRequirements(null, null);

        Document page = Pages.get("/tenants/acme/frameworks/iso27001-2022", 200);

        Element inherited = page.getElementById("req-A.7.1");
        assertThat(inherited.selectFirst(".badge.side-aws").text()).isEqualTo("AWS");
        assertThat(inherited.selectFirst("td.met").text()).isEqualTo("Inherited: cite ISO/IEC 27001:2022 certificate");
        Element shared = page.getElementById("req-A.8.9");
        assertThat(shared.selectFirst(".badge.side-shared").text()).isEqualTo("Shared");
        assertThat(shared.selectFirst("td.met").text()).contains("AWS's part: ISO/IEC 27001:2022 certificate")
                .contains("Automated by ec2-sg-ssh-open-world");
        assertThat(shared.selectFirst("td.met a").attr("href"))
                .isEqualTo("/tenants/acme/findings?controlId=ec2-sg-ssh-open-world");
        assertThat(shared.selectFirst(".badge.failing").text()).isEqualTo("failing");
        assertThat(shared.text()).contains("4 failing").contains("until " + TODAY.plusDays(40));
        Element manual = page.getElementById("req-A.5.1");
        assertThat(manual.selectFirst(".badge.side-customer").text()).isEqualTo("Customer");
        assertThat(manual.selectFirst("td.met").text()).isEqualTo("Manual: proven by an attestation");
        assertThat(manual.selectFirst(".badge.missing").text()).isEqualTo("missing");
        assertThat(manual.selectFirst("a").text()).startsWith("Attest");
        assertThat(page.selectFirst(".pager a[rel=next]").attr("href"))
                .isEqualTo("/tenants/acme/frameworks/iso27001-2022?cursor=MTAy&statusCursor=QS41LjE");
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void theNextPageAsksBothServicesFromTheirCursorsAndAnAuditorGetsNoAttestAction() {
        isoRequirements("MTAy", "QS41LjE");

        Document page = Pages.get("/tenants/acme/frameworks/iso27001-2022?cursor=MTAy&statusCursor=QS41LjE", 200);

        assertThat(page.select("table.requirements tbody tr")).hasSize(3);
        assertThat(page.select(".pager a").first().text()).isEqualTo("First page");
        assertThat(page.getElementById("req-A.5.1").selectFirst("a").text()).startsWith("Attestations");
        assertThat(page.select("form")).isEmpty();
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anUnknownFrameworkIsNotFound() {
        frameworks();

        Pages.get("/tenants/acme/frameworks/astrology", 404);

        verify(api, never()).requirements(anyString(), anyString(), any(), any());
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void anAttestationIsUploadedWithItsEvidenceAndValidity() {
        frameworks();
        when(api.attestations("acme", "iso27001-2022", "A.5.1", null, 50))
                .thenReturn(new AttestationPage(List.of(), 50, null));
        when(api.attest(eq("acme"), eq("iso27001-2022"), eq("A.5.1"), any())).thenReturn(null);
        Map<String, String> captured = new HashMap<>();
        when(api.attest(eq("acme"), eq("iso27001-2022"), eq("A.5.1"), any())).thenAnswer(call -> {
            for (QuarkusMultipartFormDataPart part : (QuarkusMultipartForm) call.getArgument(3,
                    ClientMultipartForm.class)) {
                captured.put(part.name(), part.isAttribute()
                        ? part.value()
                        : part.filename() + "|" + part.mediaType() + "|"
                                + Files.readString(Path.of(part.pathname())));
            }
            return null;
        });

        String form = "/tenants/acme/frameworks/iso27001-2022/requirements/A.5.1/attestations";
        Document empty = Pages.get(form, 200);
        assertThat(empty.selectFirst(".empty-state").text()).contains("Upload the evidence below");
        CsrfForm csrf = CsrfForm.from(form);
        var answer = csrf.multipart()
                .multiPart("statement", "An information security policy is approved and published")
                .multiPart("validFrom", TODAY.toString()).multiPart("validUntil", TODAY.plusDays(365).toString())
                .multiPart("attestor", "")
                .multiPart("evidence", "policy.pdf", "%PDF-1.7 policy".getBytes(StandardCharsets.UTF_8),
                        "application/pdf")
                .post(form);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith(form + "?notice=attested");
        assertThat(captured).containsEntry("statement", "An information security policy is approved and published")
                .containsEntry("validFrom", TODAY.toString())
                .containsEntry("validUntil", TODAY.plusDays(365).toString())
                .containsEntry("evidence", "policy.pdf|application/pdf|%PDF-1.7 policy")
                .doesNotContainKey("attestor");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aRefusedAttestationComesBackOnTheForm() {
        frameworks();
        when(api.attestations("acme", "iso27001-2022", "A.5.1", null, 50))
                .thenReturn(new AttestationPage(List.of(new Attestation("a1", "iso27001-2022", "A.5.1", "Old",
                        "CISO", "old.pdf", 120, "ab", TODAY.minusDays(400), TODAY.minusDays(35), false, "acme-admin",
                        Instant.now(), null)), 50, null));
        when(api.attest(eq("acme"), eq("iso27001-2022"), eq("A.5.1"), any())).thenThrow(new ApiException(400,
                "Bad Request", "validUntil must not be before validFrom", List.of()));

        String form = "/tenants/acme/frameworks/iso27001-2022/requirements/A.5.1/attestations";
        CsrfForm csrf = CsrfForm.from(form);
        var answer = csrf.multipart().multiPart("statement", "Policy")
                .multiPart("validFrom", "2027-01-01").multiPart("validUntil", "2026-01-01")
                .multiPart("evidence", "p.pdf", new byte[]{1}, "application/pdf").post(form);

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = Pages.parse(answer);
        assertThat(page.selectFirst(".notice.error").text()).contains("validUntil must not be before validFrom");
        assertThat(page.selectFirst("#attest-from").val()).isEqualTo("2027-01-01");
        assertThat(page.select("table.attestations .badge.expired").text()).isEqualTo("not valid today");
        assertThat(page.select("table.attestations a[download]").attr("href"))
                .isEqualTo("/tenants/acme/frameworks/attestations/a1/evidence");
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void anAuditorReadsAttestationsAndDownloadsEvidenceButCannotAttest() {
        frameworks();
        when(api.attestations("acme", "iso27001-2022", "A.5.1", null, 50))
                .thenReturn(new AttestationPage(List.of(), 50, null));
        when(api.evidence("acme", "a1")).thenReturn(Response.ok(new ByteArrayInputStream(new byte[]{7, 7}),
                "application/pdf").header("Content-Disposition", "attachment; filename=\"policy.pdf\"")
                .header("Digest-SHA256", "abc").build());

        Document page = Pages.get("/tenants/acme/frameworks/iso27001-2022/requirements/A.5.1/attestations", 200);
        assertThat(page.select("form")).isEmpty();
        assertThat(page.selectFirst(".empty-state").text()).contains("A tenant administrator can attest it");

        var file = given().get("/tenants/acme/frameworks/attestations/a1/evidence");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"policy.pdf\"");
        assertThat(file.header("Digest-SHA256")).isEqualTo("abc");
        assertThat(file.asByteArray()).containsExactly(7, 7);
        verify(api, never()).attest(anyString(), anyString(), anyString(), isNull());
    }
}
