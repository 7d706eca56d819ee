package io.demarc.console.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.demarc.console.accounts.AccountsApi.Account;
import io.demarc.console.accounts.AccountsApi.CollectionRequest;
import io.demarc.console.accounts.AccountsApi.Counts;
import io.demarc.console.accounts.AccountsApi.Progress;
import io.demarc.console.accounts.AccountsApi.Run;
import io.demarc.console.accounts.AccountsApi.RunPage;
import io.demarc.console.accounts.AccountsApi.Step;
import io.demarc.console.web.CsrfForm;
import io.demarc.console.web.Pages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class CollectionsPageTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final Counts SOME = new Counts(12, 1, 40, 30, 10, 0, 0);

    @InjectMock
    @RestClient
    AccountsApi api;

    static Run run(long id, String status, int done, List<Step> steps) {
        return new Run(id, status, "REQUESTED", "acme-admin", NOW, NOW, "RUNNING".equals(status) ? null : NOW,
                new Progress(done, 4), SOME, steps);
    }

    static List<Step> steps() {
        return List.of(
                new Step(1, "111111111111", "global", "iam", "SUCCEEDED", null, SOME, NOW, NOW, "/rec/1"),
                new Step(2, "111111111111", "us-east-1", "ec2", "FAILED",
                        "UnauthorizedOperation: GetEbsEncryptionByDefault", SOME, NOW, NOW, "/rec/2"),
                new Step(3, "111111111111", "ap-east-1", "ec2", "SKIPPED", null, null, null, null, null),
                new Step(4, "111111111111", "us-east-1", "s3", "RUNNING", null, null, NOW, null, null));
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void aRunningRunPollsItsProgressEveryTwoSeconds() {
        when(api.run("acme", 7)).thenReturn(run(7, "RUNNING", 3, steps()));

        Document page = Pages.get("/tenants/acme/accounts/collections/7", 200);

        Element progress = page.selectFirst("#run-progress");
        assertThat(progress.attr("hx-get")).isEqualTo("/tenants/acme/accounts/collections/7/progress");
        assertThat(progress.attr("hx-trigger")).isEqualTo("every 2s");
        assertThat(progress.attr("hx-swap")).isEqualTo("outerHTML");
        assertThat(progress.selectFirst("progress").attr("value")).isEqualTo("3");
        assertThat(progress.selectFirst("progress").attr("max")).isEqualTo("4");
        assertThat(progress.text()).contains("3 of 4 steps done");
        // The fragment alone, as htmx fetches it, is the same section without the layout.
        Document fragment = Jsoup.parse(io.restassured.RestAssured.given()
                .get("/tenants/acme/accounts/collections/7/progress").then().statusCode(200).extract().asString());
        assertThat(fragment.select("header.topbar")).isEmpty();
        assertThat(fragment.selectFirst("section#run-progress").attr("hx-trigger")).isEqualTo("every 2s");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void aFinishedPartialRunStopsPollingAndListsItsFailedStepsWithTheirReason() {
        when(api.run("acme", 8)).thenReturn(run(8, "PARTIAL", 4, steps()));

        Document fragment = Jsoup.parse(io.restassured.RestAssured.given()
                .get("/tenants/acme/accounts/collections/8/progress").then().statusCode(200).extract().asString());

        Element progress = fragment.selectFirst("#run-progress");
        assertThat(progress.hasAttr("hx-trigger")).isFalse();
        assertThat(progress.hasAttr("hx-get")).isFalse();
        assertThat(progress.selectFirst(".badge").text()).isEqualTo("partial");
        assertThat(progress.select("table.troubled tbody tr")).hasSize(2);
        assertThat(progress.select("table.troubled td.reason").eachText()).containsExactly(
                "UnauthorizedOperation: GetEbsEncryptionByDefault", "region not enabled in the account");
        assertThat(progress.select("table.steps a[download]").eachAttr("href")).containsExactly(
                "/tenants/acme/accounts/collections/8/steps/1/recording",
                "/tenants/acme/accounts/collections/8/steps/2/recording");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void startingACollectionPostsTheAccountAndShowsTheRun() {
        when(api.account("acme", "111111111111")).thenReturn(new Account("111111111111", "Payments", "production",
                List.of("us-east-1"), "PT6H", null, "VERIFIED", null, NOW, NOW, NOW));
        when(api.startCollection(eq("acme"), eq(new CollectionRequest(List.of("111111111111")))))
                .thenReturn(run(9, "QUEUED", 0, List.of()));

        var answer = CsrfForm.post("/tenants/acme/accounts/111111111111", "/tenants/acme/accounts/collections",
                Map.of("accountId", "111111111111"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/tenants/acme/accounts/collections/9");
        verify(api).startCollection("acme", new CollectionRequest(List.of("111111111111")));
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void theRunListPagesByCursor() {
        when(api.runs("acme", null, CollectionsPage.PAGE_SIZE)).thenReturn(new RunPage(List.of(
                run(9, "SUCCEEDED", 4, null), run(8, "FAILED", 4, null)), 50, "c2VxOjg"));
        when(api.runs("acme", "c2VxOjg", CollectionsPage.PAGE_SIZE)).thenReturn(new RunPage(List.of(), 50, null));

        Document page = Pages.get("/tenants/acme/accounts/collections", 200);

        assertThat(page.select("table.runs tbody tr")).hasSize(2);
        assertThat(page.select("table.runs .badge").eachText()).containsExactly("succeeded", "failed");
        assertThat(page.selectFirst(".pager a[rel=next]").attr("href"))
                .isEqualTo("/tenants/acme/accounts/collections?cursor=c2VxOjg");
        Document last = Pages.get("/tenants/acme/accounts/collections?cursor=c2VxOjg", 200);
        assertThat(last.selectFirst(".empty-state").text()).contains("No more runs");
        assertThat(last.select("form")).isEmpty();
    }
}
