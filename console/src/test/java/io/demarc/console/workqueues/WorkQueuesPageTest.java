package io.demarc.console.workqueues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.demarc.console.web.Pages;
import io.demarc.console.workqueues.WorkQueueTeamsApi.Team;
import io.demarc.console.workqueues.WorkQueueTeamsApi.Teams;
import io.demarc.console.workqueues.WorkQueuesApi.Item;
import io.demarc.console.workqueues.WorkQueuesApi.Page;
import io.demarc.console.workqueues.WorkQueuesApi.Queue;
import io.demarc.console.workqueues.WorkQueuesApi.Resource;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;

@QuarkusTest
class WorkQueuesPageTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Queue PLATFORM = new Queue("t-platform", "Platform", 3, Map.of("HIGH", 2L, "LOW", 1L),
            NOW.minus(12, ChronoUnit.DAYS));
    private static final Queue UNOWNED = new Queue("unowned", null, 5, Map.of("CRITICAL", 1L, "MEDIUM", 4L),
            NOW.minus(40, ChronoUnit.DAYS));

    @InjectMock
    @RestClient
    WorkQueuesApi api;

    @InjectMock
    @RestClient
    WorkQueueTeamsApi teams;

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void listsTheUnownedQueueFirstThenTeamsWithCountsAndAge() {
        when(api.queues("acme")).thenReturn(List.of(PLATFORM, UNOWNED));

        Document page = Pages.get("/tenants/acme/work-queues", 200);

        var rows = page.select("#queues-table tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).selectFirst("th a").text()).isEqualTo("Unowned");
        assertThat(rows.get(0).selectFirst("th a").attr("href")).isEqualTo("/tenants/acme/work-queues/unowned");
        assertThat(rows.get(0).select("td.num").eachText()).containsExactly("5", "1", "0", "4", "0", "0");
        assertThat(rows.get(0).text()).contains("40 days ago");
        assertThat(rows.get(1).selectFirst("th a").text()).isEqualTo("Platform");
        assertThat(page.select("#queues-table thead th").eachText()).contains("Open", "critical", "high",
                "Oldest failing since");
        assertThat(page.select(".my-queues")).isEmpty();
        assertThat(page.select("nav.sections a[aria-current=page]").text()).isEqualTo("Work queues");
        // No groups in the token: ownership's teams are not asked.
        verify(teams, never()).teams(any(), any());
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    @OidcSecurity(claims = @Claim(key = "groups", value = "[\"/platform\"]", type = ClaimType.JSON_ARRAY))
    void aTeamMemberGetsALinkToTheTeamsQueue() {
        when(api.queues("acme")).thenReturn(List.of(UNOWNED, PLATFORM));
        when(teams.teams(eq("acme"), any())).thenReturn(new Teams(List.of(new Team("t-platform", "Platform",
                "/platform"), new Team("t-data", "Data", "/data"), new Team("t-none", "No group", null))));

        Document page = Pages.get("/tenants/acme/work-queues", 200);

        assertThat(page.select(".my-queues a").eachAttr("href"))
                .containsExactly("/tenants/acme/work-queues/t-platform");
        assertThat(page.selectFirst(".my-queues").text()).isEqualTo("Your team: Platform");
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void noOpenFailureSaysWhatToLookAtInstead() {
        when(api.queues("acme")).thenReturn(List.of());

        Document page = Pages.get("/tenants/acme/work-queues", 200);

        assertThat(page.selectFirst(".empty-state").text()).contains("No open failures");
        assertThat(page.select(".empty-state a").eachAttr("href")).contains("/tenants/acme/findings",
                "/tenants/acme/ownership");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void aQueueListsWhatFailsAndSinceWhenAndPagesByCursor() {
        when(api.queues("acme")).thenReturn(List.of(UNOWNED, PLATFORM));
        when(api.queue(eq("acme"), eq("t-platform"), eq("Y3Vy"), eq(50))).thenReturn(new Page(List.of(
                new Item("f-1", "EC2.13", "No SSH from anywhere", "HIGH", "network-config",
                        new Resource("111122223333", "eu-west-1", "AWS::EC2::SecurityGroup", "sg-1"),
                        NOW.minus(12, ChronoUnit.DAYS), "Restrict port 22."),
                new Item("f-2", "IAM.5", "MFA for console users", "LOW", "identity",
                        new Resource("111122223333", null, "AWS::IAM::User", "bob"),
                        NOW.minus(2, ChronoUnit.DAYS), "Enable MFA.")),
                "bmV4dA=="));

        Document page = Pages.get("/tenants/acme/work-queues/t-platform?cursor=Y3Vy", 200);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Platform: open failures");
        var rows = page.select("#queue-table tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).selectFirst("th a").attr("href")).isEqualTo("/tenants/acme/findings/f-1");
        assertThat(rows.get(0).text()).contains("12 days ago").contains("Restrict port 22.");
        assertThat(page.selectFirst("a[rel=next]").attr("href"))
                .isEqualTo("/tenants/acme/work-queues/t-platform?cursor=bmV4dA%3D%3D");
        assertThat(page.select("nav.pager a").eachText()).containsExactly("First page", "Next page");
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void anEmptyUnownedQueueLinksBackAndShowsNoAssignLinkToAnAuditor() {
        when(api.queues("acme")).thenReturn(List.of());
        when(api.queue(eq("acme"), eq("unowned"), isNull(), eq(50))).thenReturn(new Page(List.of(), null));

        Document page = Pages.get("/tenants/acme/work-queues/unowned", 200);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Unowned: open failures");
        assertThat(page.selectFirst(".empty-state a").attr("href")).isEqualTo("/tenants/acme/work-queues");
        assertThat(page.text()).doesNotContain("assign the duties");
        assertThat(page.select("a[rel=next]")).isEmpty();
    }
}
