package io.demarc.console.ownership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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
import io.demarc.console.client.ApiProblemMapper;
import io.demarc.console.ownership.OwnershipApi.Assignment;
import io.demarc.console.ownership.OwnershipApi.AssignmentRequest;
import io.demarc.console.ownership.OwnershipApi.HistoryEntry;
import io.demarc.console.ownership.OwnershipApi.Page;
import io.demarc.console.ownership.OwnershipApi.ResourceRef;
import io.demarc.console.ownership.OwnershipApi.Scope;
import io.demarc.console.ownership.OwnershipApi.Snapshot;
import io.demarc.console.ownership.OwnershipApi.Team;
import io.demarc.console.ownership.OwnershipApi.TeamRef;
import io.demarc.console.ownership.OwnershipApi.TeamRequest;
import io.demarc.console.ownership.OwnershipApi.UnownedDuty;
import io.demarc.console.web.CsrfForm;
import io.demarc.console.web.Pages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

@QuarkusTest
class OwnershipPagesTest {

    private static final Team PLATFORM = new Team("t-1", "Platform", "platform@acme.example", "/platform",
            Instant.parse("2026-11-01T10:00:00Z"));
    private static final TeamRef PLATFORM_REF = new TeamRef("t-1", "Platform", null);

    @InjectMock
    @RestClient
    OwnershipApi api;

    @InjectMock
    @RestClient
    OwnershipCsvApi csv;

    private static Assignment assignment(String id, boolean revoked) {
        return new Assignment(id, "guest-os-patching", new Scope("RESOURCE_TYPE", "AWS::EC2::Instance"), PLATFORM_REF,
                "RESPONSIBLE", LocalDate.parse("2026-11-01"), null, revoked, !revoked, "alice",
                Instant.parse("2026-11-01T10:00:00Z"));
    }

    // --- teams

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void teamsPageByCursorAndAnAdministratorMayCreateAndRename() {
        when(api.teams("acme", null, 50)).thenReturn(new Page<>(List.of(PLATFORM), 50, "UGxhdGZvcm0"));
        when(api.teams("acme", "UGxhdGZvcm0", 50)).thenReturn(new Page<>(List.of(), 50, null));

        Document page = Pages.get("/tenants/acme/ownership", 200);

        assertThat(page.selectFirst("tbody th[scope=row]").text()).isEqualTo("Platform");
        assertThat(page.selectFirst("nav.pager a").attr("href"))
                .isEqualTo("/tenants/acme/ownership?cursor=UGxhdGZvcm0");
        assertThat(page.selectFirst("a[href=/tenants/acme/ownership/teams/t-1]")).isNotNull();
        assertThat(page.selectFirst("form[action=/tenants/acme/ownership/teams]")).isNotNull();
        assertThat(page.select("nav.subtabs a[aria-current=page]").text()).isEqualTo("Teams");
        assertThat(page.select("nav.sections a[aria-current=page]").text()).isEqualTo("Teams and ownership");
        Document next = Pages.get("/tenants/acme/ownership?cursor=UGxhdGZvcm0", 200);
        assertThat(next.selectFirst(".empty-state")).isNotNull();
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void anAuditorSeesTeamsWithoutAnyWriteControl() {
        when(api.teams("acme", null, 50)).thenReturn(new Page<>(List.of(PLATFORM), 50, null));

        Document page = Pages.get("/tenants/acme/ownership", 200);

        assertThat(page.select("main form, main button")).isEmpty();
        assertThat(page.select("a[href^=/tenants/acme/ownership/teams/]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void creatingATeamPostsItsFieldsAndRedirectsToANotice() {
        when(api.teams(eq("acme"), any(), anyInt())).thenReturn(new Page<>(List.of(), 50, null));
        when(api.createTeam(eq("acme"), any())).thenReturn(new Team("t-2", "Data", null, null, Instant.now()));

        Response response = CsrfForm.from("/tenants/acme/ownership").post("/tenants/acme/ownership/teams",
                Map.of("name", " Data ", "contactEmail", "", "keycloakGroup", "/data"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).contains("/tenants/acme/ownership?notice=Team+Data+created.");
        verify(api).createTeam("acme", new TeamRequest("Data", null, "/data"));
        Document page = Pages.get("/tenants/acme/ownership?notice=Created.", 200);
        assertThat(page.selectFirst(".notice.success").text()).isEqualTo("Created.");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aTakenNameIsShownOnTheFormWithWhatWasTyped() {
        when(api.teams(eq("acme"), any(), anyInt())).thenReturn(new Page<>(List.of(PLATFORM), 50, null));
        when(api.createTeam(eq("acme"), any())).thenThrow(new ApiException(409, "Conflict",
                "a team named 'Platform' exists", List.of()));

        Response response = CsrfForm.from("/tenants/acme/ownership").post("/tenants/acme/ownership/teams",
                Map.of("name", "Platform", "contactEmail", "x@acme.example"));

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst(".notice.error").text()).contains("a team named 'Platform' exists");
        assertThat(page.selectFirst("#team-contact").val()).isEqualTo("x@acme.example");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void renamingATeamPutsTheNewFields() {
        when(api.team("acme", "t-1")).thenReturn(PLATFORM);
        when(api.updateTeam(eq("acme"), eq("t-1"), any())).thenReturn(new Team("t-1", "Platform Eng",
                "platform@acme.example", "/platform", PLATFORM.createdAt()));

        Document form = Pages.get("/tenants/acme/ownership/teams/t-1", 200);
        assertThat(form.selectFirst("#team-name").val()).isEqualTo("Platform");
        Response response = CsrfForm.from("/tenants/acme/ownership/teams/t-1").post(
                "/tenants/acme/ownership/teams/t-1",
                Map.of("name", "Platform Eng", "contactEmail", "platform@acme.example", "keycloakGroup", "/platform"));

        assertThat(response.statusCode()).isEqualTo(303);
        verify(api).updateTeam("acme", "t-1", new TeamRequest("Platform Eng", "platform@acme.example", "/platform"));
    }

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void anAuditorsPostIsRefusedWithoutCallingOwnership() {
        when(api.teams(eq("acme"), any(), anyInt())).thenReturn(new Page<>(List.of(), 50, null));
        // The auditor's page has no form: take the CSRF token from the teams page of an empty list via the cookie.
        Response page = given().get("/tenants/acme/ownership");
        String cookie = page.getCookie("csrf-token");
        Response response = given().redirects().follow(false).cookie("csrf-token", cookie == null ? "" : cookie)
                .contentType("application/x-www-form-urlencoded").formParam("name", "X")
                .post("/tenants/acme/ownership/teams");

        assertThat(response.statusCode()).isBetween(400, 403);
        verify(api, never()).createTeam(any(), any());
    }

    // --- assignments

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void assignmentsListEveryScopeWithRoleDatesAndRevoke() {
        when(api.assignments("acme", null, 50)).thenReturn(new Page<>(List.of(assignment("as-1", false),
                assignment("as-2", true)), 50, "YXMtMg"));
        when(api.teams("acme", null, 500)).thenReturn(new Page<>(List.of(PLATFORM), 500, null));

        Document page = Pages.get("/tenants/acme/ownership/assignments?domain=backup-recovery&scopeKind=TAG"
                + "&scopeValue=env=prod", 200);

        Element first = page.selectFirst("tbody tr");
        assertThat(first.text()).contains("Guest operating system and patching").contains("resource type")
                .contains("AWS::EC2::Instance").contains("Platform").contains("responsible").contains("2026-11-01")
                .contains("open-ended").contains("active");
        assertThat(first.selectFirst("form").attr("action"))
                .isEqualTo("/tenants/acme/ownership/assignments/as-1/revoke");
        assertThat(page.select("tbody tr").get(1).text()).contains("revoked");
        assertThat(page.select("tbody tr").get(1).select("form")).isEmpty();
        assertThat(page.selectFirst("nav.pager a").attr("href"))
                .isEqualTo("/tenants/acme/ownership/assignments?cursor=YXMtMg");
        // The new-assignment form is prefilled from the link of an unowned duty.
        Element form = page.selectFirst("form[action=/tenants/acme/ownership/assignments]");
        assertThat(form.selectFirst("select[name=domain] option[selected]").val()).isEqualTo("backup-recovery");
        assertThat(form.selectFirst("select[name=scopeKind] option[selected]").val()).isEqualTo("TAG");
        assertThat(form.selectFirst("input[name=scopeValue]").val()).isEqualTo("env=prod");
        assertThat(form.select("select[name=domain] option")).hasSize(20);
        for (Element control : form.select("input:not([type=hidden]), select")) {
            assertThat(form.selectFirst("label[for=" + control.id() + "]")).as(control.id()).isNotNull();
        }
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anAnalystSeesAssignmentsButNoWriteControl() {
        when(api.assignments("acme", null, 50)).thenReturn(new Page<>(List.of(assignment("as-1", false)), 50, null));

        Document page = Pages.get("/tenants/acme/ownership/assignments", 200);

        assertThat(page.select("main form, main button")).isEmpty();
        verify(api, never()).teams(any(), any(), anyInt());
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void noAssignmentsSaysWhatToDo() {
        when(api.assignments("acme", null, 50)).thenReturn(new Page<>(List.of(), 50, null));
        when(api.teams("acme", null, 500)).thenReturn(new Page<>(List.of(), 500, null));

        Document page = Pages.get("/tenants/acme/ownership/assignments", 200);

        assertThat(page.selectFirst(".empty-state").text()).contains("every customer duty is unowned");
        assertThat(page.selectFirst("#new-assignment").text()).contains("Create a team first");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void creatingAnAssignmentPostsScopeRoleAndDates() {
        when(api.assignments(eq("acme"), any(), anyInt())).thenReturn(new Page<>(List.of(), 50, null));
        when(api.teams(eq("acme"), any(), anyInt())).thenReturn(new Page<>(List.of(PLATFORM), 500, null));

        Response response = CsrfForm.from("/tenants/acme/ownership/assignments").post(
                "/tenants/acme/ownership/assignments", Map.of("domain", "backup-recovery", "scopeKind", "ACCOUNT",
                        "scopeValue", "111122223333", "teamId", "t-1", "role", "ACCOUNTABLE", "effectiveFrom",
                        "2026-12-01", "effectiveTo", "2027-06-30"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).contains("/tenants/acme/ownership/assignments?notice=");
        verify(api).assign("acme", new AssignmentRequest("backup-recovery", new Scope("ACCOUNT", "111122223333"),
                "t-1", "ACCOUNTABLE", LocalDate.parse("2026-12-01"), LocalDate.parse("2027-06-30")));
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aTenantScopeSendsNoValueAndATieIsShownOnTheForm() {
        when(api.assignments(eq("acme"), any(), anyInt())).thenReturn(new Page<>(List.of(), 50, null));
        when(api.teams(eq("acme"), any(), anyInt())).thenReturn(new Page<>(List.of(PLATFORM), 500, null));
        when(api.assign(eq("acme"), any())).thenThrow(new ApiException(409, "Conflict",
                "ties with assignment as-1", List.of()));

        Response response = CsrfForm.from("/tenants/acme/ownership/assignments").post(
                "/tenants/acme/ownership/assignments", Map.of("domain", "backup-recovery", "scopeKind", "TENANT",
                        "scopeValue", "ignored", "teamId", "t-1", "role", "RESPONSIBLE"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(response.asString()).selectFirst(".notice.error").text())
                .contains("ties with assignment as-1");
        verify(api).assign("acme", new AssignmentRequest("backup-recovery", new Scope("TENANT", null), "t-1",
                "RESPONSIBLE", null, null));
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void revokingCallsOwnershipAndRedirects() {
        when(api.assignments(eq("acme"), any(), anyInt())).thenReturn(new Page<>(List.of(assignment("as-1", false)),
                50, null));
        when(api.teams(eq("acme"), any(), anyInt())).thenReturn(new Page<>(List.of(PLATFORM), 500, null));
        when(api.revoke("acme", "as-1")).thenReturn(assignment("as-1", true));

        Response response = CsrfForm.from("/tenants/acme/ownership/assignments")
                .post("/tenants/acme/ownership/assignments/as-1/revoke", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        verify(api).revoke("acme", "as-1");
    }

    // --- history and unowned duties

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void historySaysWhoChangedWhatAndPages() {
        Snapshot before = new Snapshot("guest-os-patching", new Scope("TENANT", null), PLATFORM_REF, "RESPONSIBLE",
                LocalDate.parse("2026-11-01"), null);
        Snapshot after = new Snapshot("guest-os-patching", new Scope("TENANT", null), PLATFORM_REF, "RESPONSIBLE",
                LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-06"));
        when(api.history("acme", null, 50)).thenReturn(new Page<>(List.of(
                new HistoryEntry(1, "as-1", "ASSIGNED", "alice", Instant.parse("2026-11-01T10:00:00Z"), null, before),
                new HistoryEntry(2, "as-1", "REVOKED", "bob", Instant.parse("2026-12-07T10:00:00Z"), before, after)),
                50, "Mg"));

        Document page = Pages.get("/tenants/acme/ownership/history", 200);

        List<Element> rows = page.select("tbody tr");
        assertThat(rows.get(0).text()).contains("assigned").contains("alice").contains("Guest operating system");
        assertThat(rows.get(1).text()).contains("revoked").contains("bob").contains("2026-12-06");
        assertThat(page.selectFirst("nav.pager a").attr("href")).isEqualTo("/tenants/acme/ownership/history?cursor=Mg");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void unownedDutiesLinkToAssigningThem() {
        when(api.unowned("acme", null, 50)).thenReturn(new Page<>(List.of(new UnownedDuty("AWS::S3::Bucket",
                "backup-recovery", "CUSTOMER", 5, 4, List.of(new ResourceRef("1", "eu-west-1", "AWS::S3::Bucket", "b1",
                        null)))),
                50, null));

        Document page = Pages.get("/tenants/acme/ownership/unowned", 200);

        Element row = page.selectFirst("tbody tr");
        assertThat(row.text()).contains("AWS::S3::Bucket").contains("Backup and recovery").contains("b1");
        assertThat(row.select("td.num").eachText()).containsExactly("5", "4");
        assertThat(row.selectFirst("a[href=/tenants/acme/matrix/AWS::S3::Bucket/backup-recovery]")).isNotNull();
        assertThat(row.selectFirst("a[href*=ownership/assignments?domain=backup-recovery]")).isNotNull();
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void noUnownedDutiesIsSaid() {
        when(api.unowned("acme", null, 50)).thenReturn(new Page<>(List.of(), 50, null));

        assertThat(Pages.get("/tenants/acme/ownership/unowned", 200).selectFirst(".empty-state").text())
                .contains("Every duty has an owner");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void aServiceFailureIsAReadablePage() {
        when(api.unowned("acme", null, 50)).thenThrow(new ApiException(503, "Service Unavailable",
                "ownership is restarting", List.of()));

        Document page = Pages.get("/tenants/acme/ownership/unowned", 503);

        assertThat(page.selectFirst(".lead").text()).isEqualTo("ownership is restarting");
    }

    // --- CSV

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void downloadsAreProxiedWithTheUsersTokenAsAttachments() {
        when(csv.exportAssignments("acme")).thenReturn("domain,scopeKind\nbackup-recovery,TENANT\n");

        Response response = given().get("/tenants/acme/ownership/assignments.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"acme-assignments.csv\"");
        assertThat(response.asString()).isEqualTo("domain,scopeKind\nbackup-recovery,TENANT\n");
        Document page = Pages.get("/tenants/acme/ownership/csv", 200);
        assertThat(page.select("a[download]").eachAttr("href")).containsExactly("/tenants/acme/ownership/teams.csv",
                "/tenants/acme/ownership/assignments.csv");
        assertThat(page.select("main form")).isEmpty();
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void anUploadIsImportedAndRedirects() {
        when(csv.importTeams("acme", "name,contactEmail,keycloakGroup\nData,,\n"))
                .thenReturn(new OwnershipCsvApi.ImportResult(1));

        Response response = CsrfForm.from("/tenants/acme/ownership/csv").multipart()
                .multiPart("file", "teams.csv", "name,contactEmail,keycloakGroup\nData,,\n".getBytes(), "text/csv")
                .post("/tenants/acme/ownership/csv/teams");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).contains("/tenants/acme/ownership/csv?notice=Imported+1+teams");
        verify(csv).importTeams("acme", "name,contactEmail,keycloakGroup\nData,,\n");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aRefusedFileListsEveryBadLine() {
        when(csv.importAssignments(eq("acme"), any())).thenThrow(new ApiException(400, "Bad Request",
                "2 bad line(s) in the assignments file; nothing was applied",
                List.of("line 3: domain 'physical-environmental' is AWS's",
                        "line 5: an ACCOUNT scope needs 12 digits")));

        Response response = CsrfForm.from("/tenants/acme/ownership/csv").multipart()
                .multiPart("file", "a.csv", "x\n".getBytes(), "text/csv")
                .post("/tenants/acme/ownership/csv/assignments");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst(".notice.error p").text()).contains("2 bad line(s)");
        assertThat(page.select(".notice.error li").eachText()).containsExactly(
                "line 3: domain 'physical-environmental' is AWS's", "line 5: an ACCOUNT scope needs 12 digits");
    }

    @Test
    void theProblemMapperReadsEveryBadLineOfOwnershipsProblem() {
        jakarta.ws.rs.core.Response problem = org.mockito.Mockito.mock(jakarta.ws.rs.core.Response.class);
        when(problem.getStatus()).thenReturn(400);
        when(problem.hasEntity()).thenReturn(true);
        when(problem.readEntity(String.class)).thenReturn("{\"status\":400,\"title\":\"Bad Request\","
                + "\"detail\":\"2 bad line(s)\",\"errors\":"
                + "[{\"line\":3,\"message\":\"bad domain\"},{\"line\":5,\"message\":\"bad account\"}]}");
        ApiException mapped = new ApiProblemMapper().toThrowable(problem);

        assertThat(mapped.status()).isEqualTo(400);
        assertThat(mapped.message()).isEqualTo("2 bad line(s)");
        assertThat(mapped.violations()).containsExactly("line 3: bad domain", "line 5: bad account");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void theOverviewOfAnotherTenantIsNotFound() {
        when(api.teams(eq("globex"), isNull(), anyInt()))
                .thenThrow(new ApiException(404, "Not Found", null, List.of()));

        assertThat(Pages.get("/tenants/globex/ownership", 404).selectFirst("h1").text()).isEqualTo("Not found");
    }
}
