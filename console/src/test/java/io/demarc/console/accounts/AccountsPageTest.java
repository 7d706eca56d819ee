package io.demarc.console.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.demarc.console.accounts.AccountsApi.Account;
import io.demarc.console.accounts.AccountsApi.AccountPage;
import io.demarc.console.accounts.AccountsApi.AccountRequest;
import io.demarc.console.accounts.AccountsApi.Onboarding;
import io.demarc.console.accounts.AccountsApi.RunPage;
import io.demarc.console.accounts.AccountsApi.WebhookSecret;
import io.demarc.console.client.ApiException;
import io.demarc.console.web.CsrfForm;
import io.demarc.console.web.Pages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class AccountsPageTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final String EXTERNAL_ID = "ext-6f1c0d8e-acme";

    @InjectMock
    @RestClient
    AccountsApi api;

    static Account account(String id, String status, String reason) {
        return new Account(id, "Payments " + id.substring(8), "production", List.of("us-east-1", "eu-west-1"), "PT6H",
                "arn:aws:iam::" + id + ":role/DemarcReadOnly", status, reason, NOW, NOW, NOW);
    }

    void twoAccounts(int page, long total) {
        when(api.accounts("acme", page, AccountsPage.PAGE_SIZE)).thenReturn(new AccountPage(List.of(
                account("111111111111", "VERIFIED", null),
                account("222222222222", "FAILING", "AccessDenied: not authorized to perform sts:AssumeRole")),
                page, AccountsPage.PAGE_SIZE, total, (total + 49) / 50));
        when(api.runs("acme", null, AccountsPage.RECENT_RUNS)).thenReturn(new RunPage(List.of(), 5, null));
        when(api.onboarding("acme")).thenReturn(new Onboarding("acme", "DemarcReadOnly",
                List.of("arn:aws:iam::aws:policy/SecurityAudit"), "arn:aws:iam::999999999999:root", EXTERNAL_ID));
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void anAdministratorSeesAccountsStatusesOnboardingAndTheRegisterForm() {
        twoAccounts(0, 2);

        Document page = Pages.get("/tenants/acme/accounts", 200);

        assertThat(page.select("table.accounts tbody tr")).hasSize(2);
        assertThat(page.select("table.accounts tbody tr th[scope=row] a").eachAttr("href"))
                .containsExactly("/tenants/acme/accounts/111111111111", "/tenants/acme/accounts/222222222222");
        assertThat(page.select("table.accounts .badge").eachText()).containsExactly("verified", "failing");
        assertThat(page.select("table.accounts .badge.failing")).hasSize(1);
        assertThat(page.select("table.accounts td.reason").eachText()).contains(
                "AccessDenied: not authorized to perform sts:AssumeRole");
        assertThat(page.selectFirst("code.external-id").text()).isEqualTo(EXTERNAL_ID);
        assertThat(page.select(".onboarding a").eachAttr("href")).contains(
                "/tenants/acme/accounts/templates/cloudformation?format=yaml",
                "/tenants/acme/accounts/templates/stackset?format=yaml");
        assertThat(page.select("form[action=/tenants/acme/accounts] label").eachText()).hasSize(5);
        assertThat(page.select("form[action=/tenants/acme/accounts] input[name=csrf-token]")).hasSize(1);
        assertThat(page.select("form[action=/tenants/acme/accounts/collections] button").text())
                .isEqualTo("Collect all accounts now");
        assertThat(page.select("nav.sections a[aria-current=page]").text()).isEqualTo("Accounts");
        assertThat(page.select(".pager a")).isEmpty();
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void anAuditorSeesNoWriteControlAndNoExternalId() {
        twoAccounts(0, 2);

        Document page = Pages.get("/tenants/acme/accounts", 200);

        assertThat(page.select("table.accounts tbody tr")).hasSize(2);
        assertThat(page.select("form[method=post]")).isEmpty();
        assertThat(page.select("button")).isEmpty();
        assertThat(page.text()).doesNotContain(EXTERNAL_ID);
        verify(api, never()).onboarding(anyString());
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anEmptyTenantSaysWhatToDoNext() {
        when(api.accounts("acme", 0, AccountsPage.PAGE_SIZE))
                .thenReturn(new AccountPage(List.of(), 0, AccountsPage.PAGE_SIZE, 0, 0));
        when(api.runs("acme", null, AccountsPage.RECENT_RUNS)).thenReturn(new RunPage(List.of(), 5, null));

        Document page = Pages.get("/tenants/acme/accounts", 200);

        assertThat(page.selectFirst(".empty-state").text()).contains("No AWS account is registered")
                .contains("Ask a tenant administrator");
        assertThat(page.select(".empty-state a").eachAttr("href")).contains("/tenants/acme/inventory");
        assertThat(page.select("form[method=post]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void pagesByOffset() {
        twoAccounts(1, 120);
        when(api.runs("acme", null, AccountsPage.RECENT_RUNS)).thenReturn(new RunPage(List.of(), 5, null));

        Document page = Pages.get("/tenants/acme/accounts?page=1", 200);

        assertThat(page.select(".pager a[rel=prev]").attr("href")).isEqualTo("/tenants/acme/accounts?page=0");
        assertThat(page.select(".pager a[rel=next]").attr("href")).isEqualTo("/tenants/acme/accounts?page=2");
        assertThat(page.select(".pager").text()).contains("Page 2 of 3");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void registeringPostsTheAccountAndRedirectsToIt() {
        twoAccounts(0, 2);
        when(api.register(eq("acme"), any())).thenReturn(account("333333333333", "PENDING", null));

        var answer = CsrfForm.post("/tenants/acme/accounts", "/tenants/acme/accounts", Map.of(
                "accountId", "333333333333", "name", "Data lake", "environment", "staging",
                "regions", "us-east-1, eu-central-1", "collectionInterval", ""));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/tenants/acme/accounts/333333333333?notice=registered");
        ArgumentCaptor<AccountRequest> body = ArgumentCaptor.forClass(AccountRequest.class);
        verify(api).register(eq("acme"), body.capture());
        assertThat(body.getValue()).isEqualTo(new AccountRequest("333333333333", "Data lake", "staging",
                List.of("us-east-1", "eu-central-1"), null));
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aRefusedRegistrationComesBackWithTheServicesWordsAndTheTypedValues() {
        twoAccounts(0, 2);
        when(api.register(eq("acme"), any())).thenThrow(new ApiException(400, "Bad Request",
                "The request is not valid", List.of("regions[0]: must be an AWS region name like us-east-1")));

        var answer = CsrfForm.post("/tenants/acme/accounts", "/tenants/acme/accounts", Map.of(
                "accountId", "333333333333", "name", "Data lake", "environment", "staging", "regions", "mars-1"));

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = Pages.parse(answer);
        assertThat(page.selectFirst(".notice.error").text()).contains("The request is not valid")
                .contains("regions[0]: must be an AWS region name like us-east-1");
        assertThat(page.selectFirst("#account-regions").val()).isEqualTo("mars-1");
        assertThat(page.selectFirst("#account-name").val()).isEqualTo("Data lake");
        assertThat(page.selectFirst("#account-environment option[selected]").val()).isEqualTo("staging");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aFormWithoutItsCsrfTokenIsRefused() {
        given().redirects().follow(false).formParam("accountId", "333333333333").post("/tenants/acme/accounts")
                .then().statusCode(400);
        verify(api, never()).register(anyString(), any());
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void theWebhookSecretIsShownOnceInThePostAnswerAndNeverInAUrl() {
        when(api.account("acme", "111111111111")).thenReturn(account("111111111111", "VERIFIED", null));
        when(api.issueWebhookSecret("acme", "111111111111")).thenReturn(new WebhookSecret("111111111111",
                "X-Demarc-Webhook-Secret", "s3cr3t-Zm9vYmFyYmF6cXV4", "/api/v1/webhooks/eventbridge/acme/111111111111",
                NOW));

        var answer = CsrfForm.post("/tenants/acme/accounts/111111111111",
                "/tenants/acme/accounts/111111111111/webhook-secret", Map.of());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("Location")).isNull();
        assertThat(answer.header("Cache-Control")).contains("no-store");
        Document page = Pages.parse(answer);
        assertThat(page.selectFirst("#webhook-secret").val()).isEqualTo("s3cr3t-Zm9vYmFyYmF6cXV4");
        assertThat(page.selectFirst("label[for=webhook-secret]")).isNotNull();
        assertThat(page.selectFirst(".notice.warning").text()).contains("will not be shown again");
        assertThat(page.select("a").eachAttr("href")).noneMatch(href -> href.contains("s3cr3t"));
        // The account page afterwards knows nothing of it.
        assertThat(Pages.get("/tenants/acme/accounts/111111111111", 200).html()).doesNotContain("s3cr3t");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void theAccountPageShowsTheFailureReasonAndTheAdministratorsActions() {
        when(api.account("acme", "222222222222")).thenReturn(account("222222222222", "FAILING",
                "AccessDenied: not authorized to perform sts:AssumeRole"));

        Document page = Pages.get("/tenants/acme/accounts/222222222222?notice=registered", 200);

        assertThat(page.selectFirst(".reason").text()).isEqualTo(
                "AccessDenied: not authorized to perform sts:AssumeRole");
        assertThat(page.selectFirst(".notice.success").text()).contains("Account registered");
        assertThat(page.select("form[method=post]").eachAttr("action")).containsExactly(
                "/tenants/acme/accounts/collections", "/tenants/acme/accounts/222222222222/webhook-secret");
        assertThat(page.selectFirst("form[action$=webhook-secret]").attr("data-confirm")).contains("stops working");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anAnalystSeesTheAccountButNoAction() {
        when(api.account("acme", "222222222222")).thenReturn(account("222222222222", "PENDING", null));

        Document page = Pages.get("/tenants/acme/accounts/222222222222?notice=<script>", 200);

        assertThat(page.select("form")).isEmpty();
        assertThat(page.select(".notice.success")).isEmpty();
        assertThat(page.text()).contains("has not assumed the role");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void templatesAreStreamedThroughWithTheServicesTypeAndName() {
        byte[] yaml = "AWSTemplateFormatVersion: '2010-09-09'\n".getBytes(StandardCharsets.UTF_8);
        when(api.cloudFormation("acme", "yaml")).thenReturn(Response.ok(new ByteArrayInputStream(yaml),
                "application/yaml").header("Content-Disposition", "attachment; filename=\"demarc-readonly-acme.yaml\"")
                .build());

        var answer = given().get("/tenants/acme/accounts/templates/cloudformation?format=yaml");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/yaml");
        assertThat(answer.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"demarc-readonly-acme.yaml\"");
        assertThat(answer.asByteArray()).isEqualTo(yaml);
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void aTemplateTheServiceRefusesIsAReadablePage() {
        when(api.stackSet("acme", "json")).thenReturn(Response.status(403).build());

        Document page = Pages.get("/tenants/acme/accounts/templates/stackset?format=json", 403);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Not allowed");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aServiceThatIsDownIsAReadablePage() {
        when(api.accounts(eq("acme"), anyInt(), anyInt())).thenThrow(new ApiException(503, "Service Unavailable",
                "inventory is restarting", List.of()));

        Document page = Pages.get("/tenants/acme/accounts", 503);

        assertThat(page.selectFirst(".lead").text()).isEqualTo("inventory is restarting");
        verify(api, never()).runs(anyString(), isNull(), anyInt());
    }
}
