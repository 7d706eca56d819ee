package io.demarc.console.exceptions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.demarc.console.client.ApiException;
import io.demarc.console.exceptions.ExceptionsApi.Audit;
import io.demarc.console.exceptions.ExceptionsApi.AuditEntry;
import io.demarc.console.exceptions.ExceptionsApi.Page;
import io.demarc.console.exceptions.ExceptionsApi.RiskException;
import io.demarc.console.exceptions.ExceptionsApi.Scope;
import io.demarc.console.web.Pages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
class ExceptionsPageTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final RiskException PENDING = new RiskException("x-1", "REQUESTED", false, "EC2.13", "f-1", null,
            "Bastion host", "acme-analyst", NOW.minusSeconds(3600), null, null, NOW.plus(30, ChronoUnit.DAYS),
            "acme-analyst", NOW.minusSeconds(3600));
    private static final RiskException APPROVED = new RiskException("x-2", "APPROVED", true, "S3.8", null,
            new Scope("ACCOUNT", "111122223333"), "Public website bucket", "acme-admin", NOW.minusSeconds(86_400),
            "acme-admin-2", NOW.minusSeconds(80_000), NOW.plus(3, ChronoUnit.DAYS), "acme-admin-2",
            NOW.minusSeconds(80_000));

    @InjectMock
    @RestClient
    ExceptionsApi api;

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void listsStateAndExpirySortablyAndTheNextPageCarriesStateAndCursor() {
        when(api.list(eq("acme"), eq("REQUESTED"), isNull(), isNull(), isNull(), eq(50)))
                .thenReturn(new Page(List.of(PENDING, APPROVED), "c2Vx"));

        Document page = Pages.get("/tenants/acme/exceptions?state=REQUESTED", 200);

        assertThat(page.select("#exceptions-table[data-sortable]")).hasSize(1);
        assertThat(page.select("#exceptions-table thead th").eachText()).contains("Expires", "State");
        assertThat(page.select("#exceptions-table tbody tr")).hasSize(2);
        assertThat(page.select("td.expiry").get(1).attr("data-value"))
                .isEqualTo(String.valueOf(APPROVED.expiresAt().toEpochMilli()));
        assertThat(page.select("td.expiry").get(1).text()).contains("in 2 days").contains(
                APPROVED.expiresAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
        assertThat(page.select("#exceptions-table tbody .badge").eachText()).contains("requested", "approved");
        assertThat(page.selectFirst("a[rel=next]").attr("href"))
                .isEqualTo("/tenants/acme/exceptions?state=REQUESTED&cursor=c2Vx");
        // An analyst may request.
        assertThat(page.select("a[href=/tenants/acme/exceptions/new]")).isNotEmpty();
        assertThat(page.select("nav.sections a[aria-current=page]").text()).isEqualTo("Exceptions");
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void anAuditorSeesNoWriteControlAnywhere() {
        when(api.list(eq("acme"), any(), any(), any(), any(), any())).thenReturn(new Page(List.of(PENDING), null));
        when(api.get("acme", "x-1")).thenReturn(PENDING);
        when(api.audit(eq("acme"), eq("x-1"), any())).thenReturn(new Audit(List.of(), null));

        Document list = Pages.get("/tenants/acme/exceptions", 200);
        assertThat(list.select("a[href=/tenants/acme/exceptions/new]")).isEmpty();

        Document detail = Pages.get("/tenants/acme/exceptions/x-1", 200);
        assertThat(detail.select("form[method=post], button, textarea")).isEmpty();

        Document form = Pages.get("/tenants/acme/exceptions/new", 200);
        assertThat(form.select("form[method=post]")).isEmpty();
        assertThat(form.selectFirst(".empty-state").text()).contains("does not request");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anAnalystSeesTheAuditTrailButNoApproveNorRevoke() {
        when(api.get("acme", "x-1")).thenReturn(PENDING);
        when(api.audit(eq("acme"), eq("x-1"), any())).thenReturn(new Audit(List.of(
                new AuditEntry("REQUESTED", "acme-analyst", NOW.minusSeconds(3600), "Bastion host")), null));

        Document page = Pages.get("/tenants/acme/exceptions/x-1", 200);

        assertThat(page.select("table.audit tbody tr")).hasSize(1);
        assertThat(page.selectFirst("table.audit tbody tr").text()).contains("requested").contains("acme-analyst");
        assertThat(page.select("form[action$=/approve], form[action$=/revoke], button")).isEmpty();
    }

    @Test
    @TestSecurity(user = "acme-admin-2", roles = "tenant-admin")
    void anAdministratorMayApproveRejectAndRevokeAPendingOne() {
        when(api.get("acme", "x-1")).thenReturn(PENDING);
        when(api.audit(eq("acme"), eq("x-1"), any())).thenReturn(new Audit(List.of(), null));

        Document page = Pages.get("/tenants/acme/exceptions/x-1", 200);

        assertThat(page.select("form[action=/tenants/acme/exceptions/x-1/approve] button").eachText())
                .containsExactly("Approve", "Reject");
        assertThat(page.selectFirst("button[formaction=/tenants/acme/exceptions/x-1/reject]")).isNotNull();
        assertThat(page.select("form[action=/tenants/acme/exceptions/x-1/revoke]")).hasSize(1);
        assertThat(page.select("label[for=d-note], label[for=v-note]")).hasSize(2);
        assertThat(page.text()).doesNotContain("You requested this exception");
    }

    @Test
    @TestSecurity(user = "acme-admin-2", roles = "tenant-admin")
    void approvingPostsTheNoteAndRedirectsToANotice() {
        when(api.get("acme", "x-1")).thenReturn(PENDING);
        when(api.audit(eq("acme"), eq("x-1"), any())).thenReturn(new Audit(List.of(), null));
        when(api.approve(eq("acme"), eq("x-1"), any())).thenReturn(PENDING);

        Response response = post("/tenants/acme/exceptions/x-1", "/tenants/acme/exceptions/x-1/approve",
                Map.of("note", "Reviewed with the network team"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/tenants/acme/exceptions/x-1?done=approve");
        verify(api).approve(eq("acme"), eq("x-1"),
                argThat(decision -> "Reviewed with the network team".equals(decision.note())));
        Document after = Pages.get("/tenants/acme/exceptions/x-1?done=approve", 200);
        assertThat(after.selectFirst(".notice.success").text()).contains("Exception approved");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "tenant-admin")
    void theRequesterApprovingTheirOwnSeesTheFourEyesRefusalOnThePage() {
        when(api.get("acme", "x-1")).thenReturn(PENDING);
        when(api.audit(eq("acme"), eq("x-1"), any())).thenReturn(new Audit(List.of(), null));
        when(api.approve(eq("acme"), eq("x-1"), any())).thenThrow(new ApiException(403, "Four eyes",
                "the requester of an exception may not approve it; another tenant-admin must", List.of()));

        Document form = Pages.get("/tenants/acme/exceptions/x-1", 200);
        assertThat(form.selectFirst(".notice").text()).contains("You requested this exception");

        Response response = post("/tenants/acme/exceptions/x-1", "/tenants/acme/exceptions/x-1/approve",
                Map.of("note", ""));

        assertThat(response.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst(".notice.error").text()).isEqualTo(
                "Not done: Four eyes: the requester of an exception may not approve it; another tenant-admin must");
        assertThat(page.selectFirst("h1").text()).contains("Exception x-1");
        verify(api).approve(eq("acme"), eq("x-1"), argThat(decision -> decision.note() == null));
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aDecisionInTheWrongStateIsShownReadably() {
        when(api.get("acme", "x-2")).thenReturn(APPROVED);
        when(api.audit(eq("acme"), eq("x-2"), any())).thenReturn(new Audit(List.of(), null));
        when(api.revoke(eq("acme"), eq("x-2"), any())).thenThrow(new ApiException(409, "Conflict",
                "exception x-2 is EXPIRED; only REQUESTED or APPROVED ones can be revoked", List.of()));

        Response response = post("/tenants/acme/exceptions/x-2", "/tenants/acme/exceptions/x-2/revoke",
                Map.of("note", "no longer needed"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(response.asString()).selectFirst(".notice.error").text())
                .contains("only REQUESTED or APPROVED ones can be revoked");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void requestingForAControlAtAScopePostsTheBodyAndRedirects() {
        when(api.request(eq("acme"), any())).thenReturn(PENDING);
        LocalDate expiry = LocalDate.now(ZoneOffset.UTC).plusDays(60);

        Response response = post("/tenants/acme/exceptions/new", "/tenants/acme/exceptions",
                Map.of("findingId", "", "controlId", "S3.8", "scopeKind", "ACCOUNT", "scopeValue", "111122223333",
                        "justification", "Public website bucket", "expiresOn", expiry.toString()));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/tenants/acme/exceptions/x-1?done=requested");
        verify(api).request(eq("acme"), argThat(body -> body.findingId() == null && "S3.8".equals(body.controlId())
                && body.scope().kind().equals("ACCOUNT") && body.scope().value().equals("111122223333")
                && body.justification().equals("Public website bucket")
                && body.expiresAt().equals(expiry.atStartOfDay(ZoneOffset.UTC).toInstant())));
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void aRefusedRequestKeepsTheFormAndSaysWhy() {
        when(api.request(eq("acme"), any())).thenThrow(new ApiException(400, "Bad Request",
                "controlId and scope are required without a findingId", List.of()));

        Response response = post("/tenants/acme/exceptions/new", "/tenants/acme/exceptions",
                Map.of("controlId", "", "scopeKind", "TAG", "scopeValue", "env=dev", "justification", "Dev only",
                        "expiresOn", "2027-01-31"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst(".notice.error").text()).contains("controlId and scope are required");
        assertThat(page.selectFirst("#r-scope-kind option[selected]").attr("value")).isEqualTo("TAG");
        assertThat(page.selectFirst("#r-scope-value").attr("value")).isEqualTo("env=dev");
        page.select("form[method=post] select, form[method=post] input:not([type=hidden]), form textarea").forEach(
                control -> assertThat(page.select("label[for=" + control.id() + "]")).isNotEmpty());
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void noExceptionsSaysWhereTheyComeFrom() {
        when(api.list(eq("acme"), any(), any(), any(), any(), any())).thenReturn(new Page(List.of(), null));

        Document page = Pages.get("/tenants/acme/exceptions", 200);

        assertThat(page.selectFirst(".empty-state").text()).contains("No exceptions yet");
        assertThat(page.select(".empty-state a").eachAttr("href"))
                .contains("/tenants/acme/findings?status=FAIL", "/tenants/acme/exceptions/new");
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
