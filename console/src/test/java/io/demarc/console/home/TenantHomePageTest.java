package io.demarc.console.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.demarc.console.client.ApiException;
import io.demarc.console.home.HomeApi.Framework;
import io.demarc.console.home.HomeApi.Inventory;
import io.demarc.console.home.HomeApi.Posture;
import io.demarc.console.home.HomeApi.Trends;
import io.demarc.console.web.Pages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

@QuarkusTest
class TenantHomePageTest {

    @InjectMock
    @RestClient
    HomeApi api;

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    @OidcSecurity(claims = @Claim(key = "organization", value = "[\"acme\"]", type = io.quarkus.test.security.oidc.ClaimType.JSON_ARRAY))
    void showsTheSplitPerFrameworkAndTheCustomersPart() {
        when(api.posture("acme")).thenReturn(new Posture("acme", TODAY, List.of(
                new Framework("soc2", "SOC 2", "2017", 10, 4, 2, 4, 3, 1, 1, 0, 1, 80.0))));
        when(api.trends(eq("acme"), any(), any())).thenReturn(new Trends(TODAY.minusDays(89), TODAY,
                List.of(new HomeApi.Day(TODAY, 2, 1, 1)), 1, 36.0,
                List.of(new HomeApi.Snapshot(TODAY.minusDays(10), "soc2", 70.0),
                        new HomeApi.Snapshot(TODAY, "soc2", 80.0))));
        when(api.inventory("acme")).thenReturn(new Inventory(7, Map.of("IAAS", 5L, "SERVERLESS", 2L), List.of()));
        when(api.failingControls("acme", TenantHomePage.TOP_FAILING)).thenReturn(List.of(
                new HomeApi.FailingControl("ec2-sg-no-ssh-world", "Security groups allow no SSH from the world",
                        "HIGH", 3, 1),
                new HomeApi.FailingControl("custom-tags", null, null, 1, 0)));

        Document page = Pages.get("/tenants/acme", 200);

        assertThat(page.select("ol.top-failing li a").eachText()).containsExactly(
                "Security groups allow no SSH from the world", "custom-tags");
        assertThat(page.selectFirst("ol.top-failing li a").attr("href"))
                .isEqualTo("/tenants/acme/findings?status=FAIL&controlId=ec2-sg-no-ssh-world");
        assertThat(page.selectFirst("ol.top-failing li").text()).contains("3 failing, 1 excepted");

        Element row = page.selectFirst("tbody tr");
        assertThat(row.selectFirst("th").text()).contains("SOC 2");
        assertThat(row.select("td").get(0).text()).isEqualTo("80.0 %");
        assertThat(row.select("td").get(1).text()).isEqualTo("▲ +10.0 %");
        // AWS, shared and customer counts, then passing, failing, attested, not assessed.
        assertThat(row.select("td.num").eachText()).containsSubsequence("4", "2", "4", "3", "1", "1", "1");
        assertThat(row.select("svg[role=img]")).hasSize(3);
        assertThat(page.select(".card .figure").eachText()).contains("36 h", "7");
        assertThat(page.select("nav.sections a[aria-current=page]").text()).isEqualTo("Home");
        // An analyst is no administrator: no link to custom controls.
        assertThat(page.select("nav.sections a").eachText()).doesNotContain("Custom controls");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anotherTenantIsTheSameNotFoundPageAsNothing() {
        when(api.posture("globex")).thenThrow(new ApiException(404, "Not Found", "No tenant globex", List.of()));

        Document page = Pages.get("/tenants/globex", 404);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Not found");
        assertThat(page.text()).doesNotContain("globex");
        Document missing = Pages.get("/no/such/page", 404);
        assertThat(missing.selectFirst("main").text()).isEqualTo(page.selectFirst("main").text());
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void anEmptyTenantSaysWhatToDoNext() {
        when(api.posture("acme")).thenReturn(new Posture("acme", TODAY, List.of()));
        when(api.trends(eq("acme"), any(), any())).thenReturn(new Trends(TODAY, TODAY, List.of(), 0, null,
                List.of()));
        when(api.inventory("acme")).thenReturn(new Inventory(0, Map.of(), List.of()));

        Document page = Pages.get("/tenants/acme", 200);

        assertThat(page.selectFirst(".empty-state").text()).contains("register an account");
        assertThat(page.select(".empty-state a").attr("href")).isEqualTo("/tenants/acme/accounts");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aServiceThatFailsIsAReadableMessage() {
        when(api.posture("acme")).thenThrow(new ApiException(503, "Service Unavailable",
                "The database is restarting", List.of()));

        Document page = Pages.get("/tenants/acme", 503);

        assertThat(page.selectFirst(".lead").text()).isEqualTo("The database is restarting");
        assertThat(page.html()).doesNotContain("Exception").doesNotContain("at io.");
    }
}
