package io.demarc.console.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.demarc.console.client.ApiException;
import io.demarc.console.overview.OverviewApi.RollupPage;
import io.demarc.console.overview.OverviewApi.TenantRollup;
import io.demarc.console.overview.OverviewTenantsApi.NewTenant;
import io.demarc.console.overview.OverviewTenantsApi.Tenant;
import io.demarc.console.overview.OverviewTenantsApi.TenantPage;
import io.demarc.console.web.CsrfForm;
import io.demarc.console.web.Pages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
class OverviewPageTest {

    @InjectMock
    @RestClient
    OverviewApi rollup;

    @InjectMock
    @RestClient
    OverviewTenantsApi tenants;

    private static final LocalDate WEEK_AGO = LocalDate.now().minusDays(7);

    private static TenantRollup acme() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("soc2", 80.0);
        scores.put("cis-aws-3.0", 60.0);
        return new TenantRollup("acme", scores, 4, 2, 7, 3, 1, 2, Map.of("soc2", 70.0, "cis-aws-3.0", 60.0),
                WEEK_AGO);
    }

    @Test
    @TestSecurity(user = "operator", roles = "platform-admin")
    void everyTenantInOneSortableTableWithNamesTrendAndLinks() {
        when(rollup.rollup(isNull(), anyInt())).thenReturn(new RollupPage(List.of(acme(),
                new TenantRollup("globex", Map.of("soc2", 50.0), 0, 0, 0, 1, 0, 0, Map.of("soc2", 55.0), WEEK_AGO)),
                50, null));
        when(tenants.tenants(0, 500)).thenReturn(new TenantPage(List.of(new Tenant("acme", "Acme Corp", "ACTIVE"),
                new Tenant("globex", "Globex", "SUSPENDED"), new Tenant("initech", "Initech", "ACTIVE")), 0, 500, 3,
                1));

        Document page = Pages.get("/overview", 200);

        Element table = page.selectFirst("table[data-sortable]");
        assertThat(table.select("thead th").eachText()).startsWith("Tenant", "soc2", "cis-aws-3.0", "Trend (7 d)");
        assertThat(table.select("thead th[scope=col]")).hasSize(9);
        Element acme = table.selectFirst("tbody tr");
        assertThat(acme.selectFirst("th[scope=row] a").attr("href")).isEqualTo("/tenants/acme");
        assertThat(acme.selectFirst("th").text()).contains("Acme Corp").contains("acme");
        List<String> cells = acme.select("td").eachText();
        assertThat(cells.get(0)).isEqualTo("80.0 %");
        assertThat(cells.get(1)).isEqualTo("60.0 %");
        // Mean of +10 (soc2) and 0 (cis): up 5 points, said in words as well as by the arrow.
        assertThat(cells.get(2)).startsWith("▲ +5.0").contains("up since " + WEEK_AGO);
        assertThat(acme.select("td").get(3).selectFirst("a").attr("href"))
                .isEqualTo("/tenants/acme/findings?status=FAIL&severity=CRITICAL");
        assertThat(cells.subList(3, 6)).containsExactly("2", "7", "4");
        assertThat(cells.get(6)).isEqualTo("1 of 3");
        assertThat(cells.get(7)).isEqualTo("2 of 3");
        assertThat(acme.select("td.num")).allSatisfy(td -> assertThat(td.hasAttr("data-value")).isTrue());

        Element globex = table.select("tbody tr").get(1);
        assertThat(globex.text()).contains("suspended");
        assertThat(globex.select("td").get(1).text()).isEqualTo("—");
        assertThat(globex.select("td").get(2).text()).startsWith("▼ -5.0");
        // Registered in inventory, not yet seen by reporting: listed, with what to do next.
        Element initech = table.select("tbody tr").get(2);
        assertThat(initech.selectFirst("th").text()).contains("Initech").contains("no data yet");
        assertThat(initech.selectFirst("th a[href=/tenants/initech/accounts]")).isNotNull();
        assertThat(initech.select("td")).hasSize(acme.select("td").size());
        assertThat(page.select("nav.pager")).isEmpty();
        // Platform-admin may register tenants.
        assertThat(page.selectFirst("form[action=/overview/tenants] input[name=id]")).isNotNull();
        assertThat(page.select("label[for=tenant-id], label[for=tenant-name]")).hasSize(2);
    }

    @Test
    @TestSecurity(user = "operator", roles = "platform-admin")
    void pagesByCursorAndShowsRegisteredTenantsOnlyInTheirPage() {
        TenantRollup acme = acme();
        when(rollup.rollup(isNull(), anyInt())).thenReturn(new RollupPage(List.of(acme), 50, "YWNtZQ"));
        when(rollup.rollup(eq("YWNtZQ"), anyInt())).thenReturn(new RollupPage(List.of(
                new TenantRollup("zeta", Map.of(), 0, 0, 0, 0, 0, 0, Map.of(), null)), 50, null));
        when(tenants.tenants(0, 500)).thenReturn(new TenantPage(List.of(new Tenant("aaa", "Aaa", "ACTIVE"),
                new Tenant("mmm", "Mmm", "ACTIVE")), 0, 500, 2, 1));

        Document first = Pages.get("/overview", 200);
        assertThat(first.select("tbody th[scope=row] a[href^=/tenants/]").eachAttr("href"))
                .containsExactly("/tenants/aaa", "/tenants/aaa/accounts", "/tenants/acme");
        String next = first.selectFirst("nav.pager a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/overview?cursor=YWNtZQ&after=acme");

        Document second = Pages.get(next, 200);
        assertThat(second.select("tbody th[scope=row] > a").eachAttr("href"))
                .containsExactly("/tenants/mmm", "/tenants/zeta");
        assertThat(second.select("tbody tr").get(1).select("td").get(0).text()).isEqualTo("—");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void anyoneButThePlatformAdminGetsTheNotFoundPage() {
        Document page = Pages.get("/overview", 404);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Not found");
        assertThat(page.selectFirst("main").text())
                .isEqualTo(Pages.get("/no/such/page", 404).selectFirst("main").text());
        verify(rollup, never()).rollup(any(), anyInt());
    }

    @Test
    @TestSecurity(user = "operator", roles = "platform-admin")
    void aRollupRefusalIsTheNotFoundPageNotAForbiddenOne() {
        when(rollup.rollup(isNull(), anyInt()))
                .thenThrow(new ApiException(403, "Forbidden", "platform-admin only", List.of()));

        Document page = Pages.get("/overview", 404);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Not found");
    }

    @Test
    @TestSecurity(user = "operator", roles = "platform-admin")
    void noTenantsSaysToRegisterOne() {
        when(rollup.rollup(isNull(), anyInt())).thenReturn(new RollupPage(List.of(), 50, null));
        when(tenants.tenants(0, 500)).thenReturn(new TenantPage(List.of(), 0, 500, 0, 0));

        Document page = Pages.get("/overview", 200);

        assertThat(page.selectFirst(".empty-state").text()).contains("Register your first client tenant");
        assertThat(page.select("table")).isEmpty();
        assertThat(page.selectFirst("form[action=/overview/tenants]")).isNotNull();
    }

    @Test
    @TestSecurity(user = "operator", roles = "platform-admin")
    void withoutInventoryTheOverviewShowsIdsAndSaysWhy() {
        when(rollup.rollup(isNull(), anyInt())).thenReturn(new RollupPage(List.of(acme()), 50, null));
        when(tenants.tenants(anyInt(), anyInt())).thenThrow(new ProcessingException("connection refused"));

        Document page = Pages.get("/overview", 200);

        assertThat(page.selectFirst("tbody th").text()).startsWith("acme");
        assertThat(page.selectFirst(".notice").text()).contains("Inventory did not answer");
    }

    @Test
    @TestSecurity(user = "operator", roles = "platform-admin")
    void registeringATenantCallsInventoryAndRedirectsToANotice() {
        when(rollup.rollup(isNull(), anyInt())).thenReturn(new RollupPage(List.of(), 50, null));
        when(tenants.tenants(0, 500)).thenReturn(new TenantPage(List.of(), 0, 500, 0, 0));
        when(tenants.register(new NewTenant("initech", "Initech"))).thenReturn(new Tenant("initech", "Initech",
                "ACTIVE"));

        Response response = CsrfForm.from("/overview").post("/overview/tenants",
                Map.of("id", " initech ", "name", "Initech"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/overview?registered=initech");
        verify(tenants).register(new NewTenant("initech", "Initech"));
        Document page = Pages.get("/overview?registered=initech", 200);
        assertThat(page.selectFirst(".notice.success").text()).contains("initech is registered");
    }

    @Test
    @TestSecurity(user = "operator", roles = "platform-admin")
    void aRefusedRegistrationShowsInventorysWordsOnTheForm() {
        when(rollup.rollup(isNull(), anyInt())).thenReturn(new RollupPage(List.of(), 50, null));
        when(tenants.tenants(0, 500)).thenReturn(new TenantPage(List.of(), 0, 500, 0, 0));
        when(tenants.register(any())).thenThrow(new ApiException(400, "Bad Request", "The request is invalid",
                List.of("id: must be 2 to 63 lower-case letters")));

        Response response = CsrfForm.from("/overview").post("/overview/tenants", Map.of("id", "X", "name", "Ex"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst(".notice.error").text()).contains("The request is invalid")
                .contains("id: must be 2 to 63 lower-case letters");
        assertThat(page.selectFirst("input[name=id]").val()).isEqualTo("X");
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("Ex");
    }

    @Test
    @TestSecurity(user = "operator", roles = "platform-admin")
    void aPostWithoutTheCsrfTokenIsRefused() {
        Response response = io.restassured.RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("id", "x").formParam("name", "y")
                .post("/overview/tenants");

        assertThat(response.statusCode()).isBetween(400, 403);
        verify(tenants, never()).register(any());
    }
}
