package io.demarc.console.matrix;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.demarc.console.client.ApiException;
import io.demarc.console.matrix.MatrixApi.Cell;
import io.demarc.console.matrix.MatrixApi.Finding;
import io.demarc.console.matrix.MatrixApi.FindingPage;
import io.demarc.console.matrix.MatrixApi.Matrix;
import io.demarc.console.matrix.MatrixApi.Resource;
import io.demarc.console.matrix.MatrixApi.Row;
import io.demarc.console.matrix.MatrixApi.Team;
import io.demarc.console.matrix.MatrixOwnershipApi.Arrival;
import io.demarc.console.matrix.MatrixOwnershipApi.ArrivalPage;
import io.demarc.console.matrix.MatrixOwnershipApi.Assignment;
import io.demarc.console.matrix.MatrixOwnershipApi.AssignmentRequest;
import io.demarc.console.matrix.MatrixOwnershipApi.Owner;
import io.demarc.console.matrix.MatrixOwnershipApi.OwnershipCell;
import io.demarc.console.matrix.MatrixOwnershipApi.Resolution;
import io.demarc.console.matrix.MatrixOwnershipApi.Scope;
import io.demarc.console.matrix.MatrixOwnershipApi.TeamPage;
import io.demarc.console.matrix.MatrixOwnershipApi.TeamRef;
import io.demarc.console.matrix.MatrixOwnershipApi.TypeRow;
import io.demarc.console.web.CsrfForm;
import io.demarc.console.web.Pages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
class MatrixPageTest {

    private static final String EC2 = "AWS::EC2::Instance";
    private static final String CELL = "/tenants/acme/matrix/" + EC2 + "/guest-os-patching";
    private static final TeamRef PLATFORM = new TeamRef("t-1", "Platform", "platform@acme.example", null);
    private static final TeamRef DATA = new TeamRef("t-2", "Data", null, null);

    @InjectMock
    @RestClient
    MatrixApi reporting;

    @InjectMock
    @RestClient
    MatrixOwnershipApi ownership;

    private void heatmapData() {
        List<String> domains = List.of("host-os", "guest-os-patching", "network-configuration");
        when(reporting.matrix("acme")).thenReturn(new Matrix("acme", domains, List.of(
                new Row(EC2, "IAAS", 12, List.of(new Cell("host-os", "AWS", "INHERITED", null, false),
                        new Cell("guest-os-patching", "CUSTOMER", "CUSTOMER_SPECIFIC", null, true),
                        new Cell("network-configuration", "SHARED", "SHARED", new Team("t-1", "Platform", null),
                                false))),
                new Row("AWS::Lambda::Function", "SERVERLESS", 3, List.of(
                        new Cell("host-os", "AWS", "INHERITED", null, false),
                        new Cell("guest-os-patching", "AWS", "INHERITED", null, false),
                        new Cell("network-configuration", "CUSTOMER", "CUSTOMER_SPECIFIC",
                                new Team("t-2", "Data", null), false)))),
                1));
        when(ownership.newDuties(eq("acme"), any(), anyInt())).thenReturn(new ArrivalPage(List.of(
                new Arrival(EC2, "IAAS", Instant.now().minusSeconds(90 * 86_400L), List.of()),
                new Arrival("AWS::Lambda::Function", "SERVERLESS", Instant.now().minusSeconds(2 * 86_400L),
                        List.of("network-configuration"))),
                null));
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void cellsNameSideAndOwnerInWordsGroupedByServiceModel() {
        heatmapData();

        Document page = Pages.get("/tenants/acme/matrix", 200);

        Element table = page.selectFirst("table.heatmap");
        assertThat(table.select("thead th.domain").eachText()).containsExactly("Host operating system",
                "Guest operating system and patching", "Network configuration");
        assertThat(table.select("tbody tr.group th[scope=rowgroup]").eachText()).hasSize(2);
        assertThat(table.select("tbody").get(0).selectFirst("tr.group").text()).startsWith("IaaS");
        assertThat(table.select("tbody").get(1).selectFirst("tr.group").text()).startsWith("Serverless");
        Element ec2 = table.select("tbody").get(0).select("tr").get(1);
        assertThat(ec2.selectFirst("th[scope=row]").text()).contains(EC2).contains("12 resources")
                .doesNotContain("new in use");
        List<Element> cells = ec2.select("td.cell");
        assertThat(cells.get(0).hasClass("side-aws")).isTrue();
        assertThat(cells.get(0).selectFirst(".side-label").text()).isEqualTo("A");
        // Unowned: a class with pattern and frame, and the word.
        assertThat(cells.get(1).classNames()).contains("side-customer", "unowned");
        assertThat(cells.get(1).selectFirst(".owner").text()).isEqualTo("Unowned");
        assertThat(cells.get(1).selectFirst("a").attr("aria-label")).contains("customer, unowned");
        assertThat(cells.get(2).hasClass("side-shared")).isTrue();
        assertThat(cells.get(2).selectFirst(".owner").text()).isEqualTo("Platform");
        // A cell opens its detail by htmx into the panel, and is a plain link without script.
        Element link = cells.get(1).selectFirst("a");
        assertThat(link.attr("href")).isEqualTo(CELL);
        assertThat(link.attr("hx-get")).isEqualTo(CELL);
        assertThat(link.attr("hx-target")).isEqualTo("#cell-detail");
        assertThat(page.selectFirst("#cell-detail")).isNotNull();
        // Lambda arrived two days ago: marked new.
        Element lambda = table.select("tbody").get(1).select("tr").get(1);
        assertThat(lambda.selectFirst(".marker-new").text()).isEqualTo("new in use");
        assertThat(page.select(".unowned-count").text()).contains("1 duties have no owner");
        assertThat(page.select("nav.sections a[aria-current=page]").text()).isEqualTo("Responsibility matrix");
        assertThat(page.html()).doesNotContain("style=");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void noTypesInUseSaysToImportOrCollect() {
        when(reporting.matrix("acme")).thenReturn(new Matrix("acme", List.of("host-os"), List.of(), 0));
        when(ownership.newDuties(eq("acme"), any(), anyInt())).thenReturn(new ArrivalPage(List.of(), null));

        Document page = Pages.get("/tenants/acme/matrix", 200);

        assertThat(page.selectFirst(".empty-state").text()).contains("imported or collected");
        assertThat(page.selectFirst(".empty-state a").attr("href")).isEqualTo("/tenants/acme/accounts");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void withoutOwnershipTheGridStillShowsWithoutNewMarkers() {
        heatmapData();
        when(ownership.newDuties(eq("acme"), any(), anyInt()))
                .thenThrow(new ApiException(503, "Service Unavailable", null, List.of()));

        Document page = Pages.get("/tenants/acme/matrix", 200);

        assertThat(page.select("td.cell")).hasSize(6);
        assertThat(page.select(".marker-new")).hasSize(1); // the legend's only
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anotherTenantsMatrixIsNotFound() {
        when(reporting.matrix("globex")).thenThrow(new ApiException(404, "Not Found", null, List.of()));

        assertThat(Pages.get("/tenants/globex/matrix", 404).selectFirst("h1").text()).isEqualTo("Not found");
    }

    private void cellData(Owner responsible) {
        when(ownership.responsibilities("acme", EC2)).thenReturn(
                new TypeRow(EC2, true, "Amazon EC2", "IAAS", 12, List.of(
                        new OwnershipCell("host-os", "AWS", "INHERITED", null, null, false, null, "AWS", null, false),
                        new OwnershipCell("guest-os-patching", "CUSTOMER", "CUSTOMER_SPECIFIC", null, null, false,
                                null, "CUSTOMER", responsible == null ? null : responsible.team(),
                                responsible == null),
                        new OwnershipCell("network-configuration", "SHARED", "SHARED", "AWS runs the VPC fabric.",
                                "You write security groups.", false, null, "CUSTOMER", null, true))));
        when(ownership.resolve("acme", EC2, "guest-os-patching")).thenReturn(new Resolution("guest-os-patching",
                "CUSTOMER", responsible == null, responsible, null));
        when(ownership.resolve("acme", EC2, "network-configuration")).thenReturn(new Resolution(
                "network-configuration", "SHARED", true, null, null));
        when(ownership.teams("acme", 500)).thenReturn(new TeamPage(List.of(PLATFORM, DATA), null));
        when(reporting.findings("acme", EC2, "FAIL", 20)).thenReturn(new FindingPage(List.of(
                new Finding("f-1", "ec2-imdsv2", "Instances require IMDSv2", "HIGH", "FAIL",
                        new Resource("111122223333", "eu-west-1", EC2, "i-0abc", null), Instant.now(), null)),
                "next"));
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void theCellSaysWhoDoesWhatWhoOwnsItAndWhatFails() {
        Owner owner = new Owner("as-1", PLATFORM, "RESPONSIBLE", new Scope("RESOURCE_TYPE", EC2),
                "scope RESOURCE_TYPE beats TENANT");
        cellData(owner);

        Document page = Pages.get(CELL, 200);

        Element panel = page.selectFirst("article.cell-panel");
        assertThat(panel.selectFirst("h2").text()).isEqualTo(EC2 + " · Guest operating system and patching");
        assertThat(panel.select("dl.facts dd").get(0).text()).startsWith("Nothing here");
        assertThat(panel.select("dl.facts dd").get(1).text()).startsWith("All of it");
        assertThat(panel.selectFirst(".owner-name").text()).isEqualTo("Platform");
        assertThat(panel.select("dl.facts dd").get(2).text()).contains("responsible at resource type scope")
                .contains("scope RESOURCE_TYPE beats TENANT");
        assertThat(panel.selectFirst("a[href=/tenants/acme/inventory?resourceType=" + EC2 + "]").text())
                .contains("12");
        assertThat(panel.select("table tbody tr")).hasSize(1);
        assertThat(panel.selectFirst("table tbody tr").text()).contains("high").contains("Instances require IMDSv2")
                .contains("i-0abc");
        assertThat(panel.selectFirst("a[href*=status=FAIL]")).isNotNull();
        // The administrator may change the owner.
        Element form = panel.selectFirst("form[method=post]");
        assertThat(form.attr("action")).isEqualTo(CELL + "/owner");
        assertThat(form.select("select[name=teamId] option").eachText()).containsExactly("Platform", "Data");
        assertThat(form.select("label")).hasSize(4);
        assertThat(form.selectFirst("button").text()).isEqualTo("Change owner");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aSharedCellQuotesWhatAwsAndTheCustomerEachDo() {
        cellData(null);

        Document page = Pages.get("/tenants/acme/matrix/" + EC2 + "/network-configuration", 200);

        assertThat(page.select("dl.facts dd").get(0).text()).isEqualTo("AWS runs the VPC fabric.");
        assertThat(page.select("dl.facts dd").get(1).text()).isEqualTo("You write security groups.");
        assertThat(page.selectFirst(".unowned-text").text()).isEqualTo("Unowned");
        assertThat(page.selectFirst("form button").text()).isEqualTo("Assign owner");
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void anAuditorSeesTheCellWithoutAnyWriteControl() {
        cellData(null);

        Document page = Pages.get(CELL, 200);

        assertThat(page.select("main form")).isEmpty();
        assertThat(page.select("main button, main select")).isEmpty();
        verify(ownership, never()).teams(any(), anyInt());
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void htmxGetsThePanelAloneWithoutTheLayout() {
        cellData(null);

        Response response = given().header("HX-Request", "true").get(CELL);

        assertThat(response.statusCode()).isEqualTo(200);
        Document fragment = Jsoup.parse(response.asString());
        assertThat(fragment.select("header.topbar, nav.sections")).isEmpty();
        assertThat(fragment.selectFirst("article.cell-panel h2").text()).contains(EC2);
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void aTypeNotInUseOrAnUnknownDomainIsNotFound() {
        cellData(null);

        Pages.get("/tenants/acme/matrix/AWS::S3::Bucket/guest-os-patching", 404);
        Pages.get("/tenants/acme/matrix/" + EC2 + "/no-such-domain", 404);
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void assigningAnUnownedCellMakesAResourceTypeAssignmentAndShowsTheOwner() {
        cellData(null);

        Response response = CsrfForm.from(CELL).post(CELL + "/owner",
                Map.of("teamId", "t-2", "role", "RESPONSIBLE", "effectiveFrom", "2026-12-01", "effectiveTo", ""));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith(CELL + "?assigned=1");
        verify(ownership).assign("acme", new AssignmentRequest("guest-os-patching",
                new Scope("RESOURCE_TYPE", EC2), "t-2", "RESPONSIBLE", LocalDate.parse("2026-12-01"), null));

        // Ownership now names the owner: the page the redirect lands on reads it from there.
        cellData(new Owner("as-9", DATA, "RESPONSIBLE", new Scope("RESOURCE_TYPE", EC2), null));
        Document page = Pages.get(CELL + "?assigned=1", 200);
        assertThat(page.selectFirst(".notice.success").text()).isEqualTo("The owner is assigned.");
        assertThat(page.selectFirst(".owner-name").text()).isEqualTo("Data");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void changingTheOwnerOfTheTypeChangesItsAssignmentInsteadOfMakingATie() {
        Owner owner = new Owner("as-1", PLATFORM, "RESPONSIBLE", new Scope("RESOURCE_TYPE", EC2), null);
        cellData(owner);
        when(ownership.assignment("acme", "as-1")).thenReturn(new Assignment("as-1", "guest-os-patching",
                new Scope("RESOURCE_TYPE", EC2), PLATFORM, "RESPONSIBLE", LocalDate.parse("2026-01-01"), null, false,
                true));

        Response response = CsrfForm.from(CELL).post(CELL + "/owner", Map.of("teamId", "t-2", "role", "RESPONSIBLE"));

        assertThat(response.statusCode()).isEqualTo(303);
        verify(ownership).change("acme", "as-1", new AssignmentRequest("guest-os-patching",
                new Scope("RESOURCE_TYPE", EC2), "t-2", "RESPONSIBLE", LocalDate.parse("2026-01-01"), null));
        verify(ownership, never()).assign(any(), any());
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aRefusedAssignmentIsShownOnTheForm() {
        cellData(null);
        when(ownership.assign(eq("acme"), any())).thenThrow(new ApiException(409, "Conflict",
                "ties with assignment as-7 of team Data", List.of()));

        Response response = CsrfForm.from(CELL).post(CELL + "/owner", Map.of("teamId", "t-2", "role", "ACCOUNTABLE"));

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst(".notice.error").text()).contains("ties with assignment as-7");
        assertThat(page.selectFirst("select[name=role] option[selected]").val()).isEqualTo("ACCOUNTABLE");
        assertThat(page.selectFirst("select[name=teamId] option[selected]").val()).isEqualTo("t-2");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aBadDateIsSaidInWordsWithoutCallingOwnership() {
        cellData(null);

        Response response = CsrfForm.from(CELL).post(CELL + "/owner",
                Map.of("teamId", "t-2", "role", "RESPONSIBLE", "effectiveFrom", "tomorrow"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.asString()).selectFirst(".notice.error").text())
                .contains("First day must be a date");
        verify(ownership, never()).assign(any(), any());
    }
}
