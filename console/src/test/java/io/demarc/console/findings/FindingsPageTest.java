package io.demarc.console.findings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.console.client.ApiException;
import io.demarc.console.findings.FindingExceptionsApi.Entry;
import io.demarc.console.findings.FindingExceptionsApi.Requested;
import io.demarc.console.findings.FindingExceptionsApi.Timeline;
import io.demarc.console.findings.FindingOwnersApi.Owner;
import io.demarc.console.findings.FindingOwnersApi.Resolution;
import io.demarc.console.findings.FindingOwnersApi.Scope;
import io.demarc.console.findings.FindingOwnersApi.TeamRef;
import io.demarc.console.findings.FindingOwnersApi.Teams;
import io.demarc.console.findings.FindingsApi.Finding;
import io.demarc.console.findings.FindingsApi.Page;
import io.demarc.console.findings.FindingsApi.Resource;
import io.demarc.console.findings.FindingsApi.Summary;
import io.demarc.console.findings.FindingsApi.Team;
import io.demarc.console.web.Pages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
class FindingsPageTest {

    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");
    private static final Resource SG = new Resource("111122223333", "eu-west-1", "AWS::EC2::SecurityGroup",
            "sg-0abc", "arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0abc");

    @InjectMock
    @RestClient
    FindingsApi findings;

    @InjectMock
    @RestClient
    FindingOwnersApi owners;

    @InjectMock
    @RestClient
    FindingExceptionsApi assessment;

    @BeforeEach
    void teams() {
        when(owners.teams(eq("acme"), any())).thenReturn(new Teams(List.of(
                new FindingOwnersApi.Team("t-platform", "Platform"))));
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void listsFindingsAndTheNextPageCarriesTheFiltersAndTheCursor() {
        when(findings.list(eq("acme"), eq("FAIL"), isNull(), isNull(), eq("cis-aws-3.0"), eq("5.2"),
                eq("t-platform"), isNull(), isNull(), eq(50))).thenReturn(new Page(
                        List.of(
                                new Summary("f-1", "EC2.13", "No SSH from anywhere", "HIGH", "FAIL", SG, T, T,
                                        new Team("t-platform", "Platform", null), false, null)),
                        "bmV4dA=="));

        Document page = Pages.get(
                "/tenants/acme/findings?status=FAIL&framework=cis-aws-3.0&requirement=5.2&ownerTeamId=t-platform",
                200);

        assertThat(page.select("#findings-table tbody tr")).hasSize(1);
        assertThat(page.selectFirst("#findings-table tbody tr th a").attr("href"))
                .isEqualTo("/tenants/acme/findings/f-1");
        assertThat(page.select("#findings-table tbody tr .badge").eachText()).contains("high", "fail");
        assertThat(page.select("#findings-table tbody td").eachText()).contains("Platform");
        assertThat(page.selectFirst("#f-status option[selected]").attr("value")).isEqualTo("FAIL");
        assertThat(page.selectFirst("#f-owner option[selected]").text()).isEqualTo("Platform");
        assertThat(page.selectFirst("#f-requirement").attr("value")).isEqualTo("5.2");
        assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo("/tenants/acme/findings?status=FAIL"
                + "&framework=cis-aws-3.0&requirement=5.2&ownerTeamId=t-platform&cursor=bmV4dA%3D%3D");
        assertThat(page.select("nav.sections a[aria-current=page]").text()).isEqualTo("Findings");
        // Every control of the filter form has a label.
        page.select("form.filters select, form.filters input").forEach(
                control -> assertThat(page.select("label[for=" + control.id() + "]")).isNotEmpty());
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void theSecondPageIsAskedWithTheCursorAndLinksBackToTheFirst() {
        when(findings.list(eq("acme"), isNull(), eq("CRITICAL"), isNull(), isNull(), isNull(), isNull(),
                eq("111122223333"), eq("abc"), eq(50))).thenReturn(new Page(
                        List.of(
                                new Summary("f-2", "S3.8", "Block public access", "CRITICAL", "FAIL", SG, T, T, null,
                                        true,
                                        null)),
                        null));

        Document page = Pages.get("/tenants/acme/findings?severity=CRITICAL&accountId=111122223333&cursor=abc", 200);

        assertThat(page.select("a[rel=next]")).isEmpty();
        assertThat(page.select("nav.pager a").attr("href"))
                .isEqualTo("/tenants/acme/findings?severity=CRITICAL&accountId=111122223333");
        assertThat(page.select("#findings-table .badge.unowned").text()).isEqualTo("unowned");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anEmptyTenantSaysWhereToStartAndAnEmptyFilterHowToWiden() {
        when(findings.list(eq("acme"), any(), any(), any(), any(), any(), any(), any(), any(), anyInt()))
                .thenReturn(new Page(List.of(), null));

        Document empty = Pages.get("/tenants/acme/findings", 200);
        assertThat(empty.selectFirst(".empty-state a").attr("href")).isEqualTo("/tenants/acme/accounts");

        Document filtered = Pages.get("/tenants/acme/findings?status=ERROR", 200);
        assertThat(filtered.selectFirst(".empty-state").text()).contains("No finding matches");
        assertThat(filtered.selectFirst(".empty-state a").attr("href")).isEqualTo("/tenants/acme/findings");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void aFindingShowsEvidenceRemediationOwnerAndWhyTimelineAndTheRequestForm() throws Exception {
        stubFinding();

        Document page = Pages.get("/tenants/acme/findings/f-1", 200);

        assertThat(page.selectFirst("h1").text()).isEqualTo("EC2.13: No SSH from anywhere");
        assertThat(page.selectFirst("pre").text()).contains("\"cidrIp\" : \"0.0.0.0/0\"");
        assertThat(page.text()).contains("Restrict port 22 to known addresses.");
        assertThat(page.selectFirst(".owner").text()).contains("Platform is responsible")
                .contains("scope RESOURCE_TYPE beats TENANT").contains("resource type");
        assertThat(page.select("table.timeline tbody tr")).hasSize(2);
        assertThat(page.select("table.timeline tbody tr").get(0).text()).contains("pass").contains("fail");
        assertThat(page.select("a[href=/tenants/acme/findings?framework=cis-aws-3.0&requirement=5.2]")).hasSize(1);
        assertThat(page.select("form[action=/tenants/acme/findings/f-1/exception-request]")).hasSize(1);
        assertThat(page.select("label[for=x-justification]")).hasSize(1);
        assertThat(page.select("input[name=csrf-token]")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void anAuditorSeesNoRequestForm() throws Exception {
        stubFinding();

        Document page = Pages.get("/tenants/acme/findings/f-1", 200);

        assertThat(page.select("form[method=post]")).isEmpty();
        assertThat(page.select("textarea, button[type=submit]")).isEmpty();
        assertThat(page.text()).doesNotContain("Request an exception");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void requestingAnExceptionPostsTheBodyAndRedirectsToANotice() throws Exception {
        stubFinding();
        when(assessment.request(eq("acme"), any())).thenReturn(new Requested("x-42", "REQUESTED"));
        LocalDate expiry = LocalDate.now(ZoneOffset.UTC).plusDays(30);

        Response response = post("/tenants/acme/findings/f-1", "/tenants/acme/findings/f-1/exception-request",
                Map.of("justification", "  Bastion host, reviewed quarterly ", "expiresOn", expiry.toString()));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/tenants/acme/findings/f-1?requested=x-42");
        verify(assessment).request(eq("acme"), argThat(body -> body.findingId().equals("f-1")
                && body.justification().equals("Bastion host, reviewed quarterly")
                && body.expiresAt().equals(expiry.atStartOfDay(ZoneOffset.UTC).toInstant())));

        Document after = Pages.get("/tenants/acme/findings/f-1?requested=x-42", 200);
        assertThat(after.selectFirst(".notice.success").text()).contains("Exception requested");
        assertThat(after.selectFirst(".notice.success a").attr("href")).isEqualTo("/tenants/acme/exceptions/x-42");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void aRefusedRequestIsShownOnTheFormWithWhatWasTyped() throws Exception {
        stubFinding();
        when(assessment.request(eq("acme"), any())).thenThrow(new ApiException(400, "Bad Request",
                "expiresAt must be at most 365 days ahead", List.of("expiresAt: too far")));

        Response response = post("/tenants/acme/findings/f-1", "/tenants/acme/findings/f-1/exception-request",
                Map.of("justification", "Accepted for the migration", "expiresOn", "2099-01-01"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst(".notice.error").text()).contains("expiresAt must be at most 365 days ahead")
                .contains("expiresAt: too far");
        assertThat(page.selectFirst("#x-justification").text()).isEqualTo("Accepted for the migration");
        assertThat(page.selectFirst("#x-expires").attr("value")).isEqualTo("2099-01-01");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void aDateThatIsNoDateIsRefusedWithoutCallingTheService() throws Exception {
        stubFinding();

        Response response = post("/tenants/acme/findings/f-1", "/tenants/acme/findings/f-1/exception-request",
                Map.of("justification", "x", "expiresOn", "next week"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.asString()).selectFirst(".notice.error").text())
                .contains("The expiry must be a date");
        verify(assessment, never()).request(any(), any());
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anOwnerThatCannotBeResolvedIsSaidInItsSection() throws Exception {
        stubFinding();
        when(owners.resolve(eq("acme"), any(), any(), any(), any(), any(), any()))
                .thenThrow(new ApiException(503, "Service Unavailable", "ownership is restarting", List.of()));

        Document page = Pages.get("/tenants/acme/findings/f-1", 200);

        assertThat(page.selectFirst(".owner .notice.error").text()).contains("ownership is restarting");
        assertThat(page.selectFirst("pre")).isNotNull();
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void theListStaysUsableWhenOwnershipDoesNotAnswer() {
        when(owners.teams(eq("acme"), any())).thenThrow(new jakarta.ws.rs.ProcessingException("connection refused"));
        when(findings.list(eq("acme"), any(), any(), any(), any(), any(), any(), any(), any(), anyInt()))
                .thenReturn(new Page(List.of(new Summary("f-1", "EC2.13", null, "HIGH", "FAIL", SG, T, T, null, true,
                        null)), null));

        Document page = Pages.get("/tenants/acme/findings", 200);

        assertThat(page.select("#f-owner option").eachAttr("value")).containsExactly("", "unowned");
        assertThat(page.select("#findings-table tbody tr")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anotherTenantsFindingIsTheNotFoundPage() {
        when(findings.get("globex", "f-1")).thenThrow(new ApiException(404, "Not Found", "no tenant", List.of()));

        Document page = Pages.get("/tenants/globex/findings/f-1", 404);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Not found");
    }

    private void stubFinding() throws Exception {
        var evidence = new ObjectMapper().readTree("{\"ipPermissions\":[{\"fromPort\":22,\"cidrIp\":\"0.0.0.0/0\"}]}");
        when(findings.get("acme", "f-1")).thenReturn(new Finding("f-1", "EC2.13", "No SSH from anywhere", "HIGH",
                "FAIL", "PASS", SG, T, T.minusSeconds(86_400), T, T, "sha256:abc", evidence,
                "Restrict port 22 to known addresses.", "network-config", new Team("t-platform", "Platform", null),
                false, Map.of("cis-aws-3.0", List.of("5.2")), null, null));
        when(owners.resolve("acme", SG.resourceType(), SG.resourceId(), SG.accountId(), SG.awsRegion(), SG.arn(),
                "network-config")).thenReturn(new Resolution("network-config", "CUSTOMER", false,
                        new Owner("a-1", new TeamRef("t-platform", "Platform", "platform@acme.example"),
                                "RESPONSIBLE", new Scope("RESOURCE_TYPE", "AWS::EC2::SecurityGroup"),
                                "scope RESOURCE_TYPE beats TENANT"),
                        null));
        when(assessment.timeline(eq("acme"), eq(SG.accountId()), eq(SG.awsRegion()), eq(SG.resourceType()),
                eq(SG.resourceId()), any())).thenReturn(new Timeline(
                        List.of(
                                new Entry("STATUS", T, "EC2.13", "PASS", "FAIL", null),
                                new Entry("STATUS", T, "EC2.2", "PASS", "FAIL", null),
                                new Entry("DRIFT", T.minusSeconds(60), null, null, null, "d-1")),
                        null));
    }

    /** Fetches the form's page for the CSRF cookie and field, then posts the form with both. */
    static Response post(String formPage, String action, Map<String, String> fields) {
        Response form = given().redirects().follow(false).get(formPage);
        String cookie = form.getCookie("csrf-token");
        String token = Jsoup.parse(form.asString()).selectFirst("input[name=csrf-token]").attr("value");
        return given().redirects().follow(false).cookie("csrf-token", cookie).formParam("csrf-token", token)
                .formParams(fields).post(action);
    }
}
