package io.demarc.console.customcontrols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.demarc.console.client.ApiException;
import io.demarc.console.customcontrols.CustomControlsApi.Check;
import io.demarc.console.customcontrols.CustomControlsApi.CheckResult;
import io.demarc.console.customcontrols.CustomControlsApi.ControlPage;
import io.demarc.console.customcontrols.CustomControlsApi.ControlRequest;
import io.demarc.console.customcontrols.CustomControlsApi.CustomControl;
import io.demarc.console.customcontrols.CustomControlsApi.DryRun;
import io.demarc.console.customcontrols.CustomControlsApi.Sample;
import io.demarc.console.web.CsrfForm;
import io.demarc.console.web.Pages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;

@QuarkusTest
class CustomControlsPageTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final String BROKEN = "item.configuration.ipPermissions.all(p,\n    p.fromPort != )";

    @InjectMock
    @RestClient
    CustomControlsApi api;

    static CustomControl control(String id) {
        return new CustomControl(id, "No SSH rule at all", null, "MEDIUM", List.of("AWS::EC2::SecurityGroup"),
                "network-configuration", "item.configuration.ipPermissions.all(p, p.fromPort != 22)", null, null,
                "Remove the rule.", Map.of("soc2", List.of("CC6.6", "CC6.1")), 2, "acme-admin", NOW, "acme-admin",
                NOW);
    }

    static Map<String, String> fields(String expression) {
        return Map.of("id", "custom-no-ssh", "title", "No SSH rule at all", "severity", "HIGH",
                "resourceTypes", "AWS::EC2::SecurityGroup\nAWS::EC2::Instance", "domain", "network-configuration",
                "expression", expression, "applicability", "", "evidence", "", "remediation", "Remove the rule.",
                "references", "soc2: CC6.6, CC6.1\ncis-aws-3.0: 5.2");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    @OidcSecurity(claims = @Claim(key = "organization", value = "[\"acme\"]", type = ClaimType.JSON_ARRAY))
    void anAdministratorListsControlsByCursorWithEditAndDelete() {
        when(api.list("acme", null, CustomControlsPage.PAGE_SIZE)).thenReturn(new ControlPage(List.of(
                control("custom-no-ssh"), control("custom-tags")), 50, "Y3VzdG9tLXRhZ3M"));

        Document page = Pages.get("/tenants/acme/custom-controls", 200);

        assertThat(page.select("table.custom-controls tbody tr")).hasSize(2);
        assertThat(page.select("table.custom-controls th[scope=row] a").eachAttr("href")).containsExactly(
                "/tenants/acme/custom-controls/custom-no-ssh", "/tenants/acme/custom-controls/custom-tags");
        assertThat(
                page.select("form[action=/tenants/acme/custom-controls/custom-no-ssh/delete] input[name=csrf-token]"))
                .hasSize(1);
        assertThat(page.selectFirst(".pager a[rel=next]").attr("href"))
                .isEqualTo("/tenants/acme/custom-controls?cursor=Y3VzdG9tLXRhZ3M");
        assertThat(page.select("nav.sections a[aria-current=page]").text()).isEqualTo("Custom controls");
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    @OidcSecurity(claims = @Claim(key = "organization", value = "[\"acme\"]", type = ClaimType.JSON_ARRAY))
    void noControlYetSaysWhatToDoNext() {
        when(api.list("acme", null, CustomControlsPage.PAGE_SIZE)).thenReturn(new ControlPage(List.of(), 50, null));

        Document page = Pages.get("/tenants/acme/custom-controls?notice=deleted", 200);

        assertThat(page.selectFirst(".empty-state").text()).contains("Write the first one");
        assertThat(page.select(".empty-state a").attr("href")).isEqualTo("/tenants/acme/custom-controls/new");
        assertThat(page.selectFirst(".notice.success").text()).contains("deleted");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    @OidcSecurity(claims = @Claim(key = "organization", value = "[\"acme\"]", type = ClaimType.JSON_ARRAY))
    void anAnalystGetsAReadableRefusalAndAnotherTenantNotFound() {
        Document refused = Pages.get("/tenants/acme/custom-controls", 403);
        assertThat(refused.selectFirst("h1").text()).isEqualTo("Not allowed");
        assertThat(refused.selectFirst(".lead").text()).contains("tenant administrators");
        Pages.get("/tenants/acme/custom-controls/new", 403);

        Document other = Pages.get("/tenants/globex/custom-controls", 404);
        assertThat(other.selectFirst("h1").text()).isEqualTo("Not found");
        verify(api, never()).list(anyString(), any(), any());
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    @OidcSecurity(claims = @Claim(key = "organization", value = "[\"acme\"]", type = ClaimType.JSON_ARRAY))
    void aCompileErrorIsShownAtItsLineAndColumnBeforeSaving() {
        when(api.validate(eq("acme"), any())).thenThrow(new CelProblem("Bad Request",
                "expression does not compile at line 2, column 19: Syntax error: mismatched input ')'", List.of(),
                "expression", 2, 19));

        var answer = CsrfForm.from("/tenants/acme/custom-controls/new").request().header("HX-Request", "true")
                .formParams(fields(BROKEN)).post("/tenants/acme/custom-controls/check");

        assertThat(answer.statusCode()).isEqualTo(200);
        Document fragment = Pages.parse(answer);
        assertThat(fragment.select("header")).isEmpty();
        Element result = fragment.selectFirst("#cel-result");
        assertThat(result.selectFirst(".cel-line").text()).isEqualTo("2");
        assertThat(result.selectFirst(".cel-column").text()).isEqualTo("19");
        assertThat(result.text()).contains("line 2, column 19");
        assertThat(result.selectFirst("pre.cel-excerpt").wholeText())
                .isEqualTo("    p.fromPort != )\n" + " ".repeat(18) + "^");
        ArgumentCaptor<Check> check = ArgumentCaptor.forClass(Check.class);
        verify(api).validate(eq("acme"), check.capture());
        assertThat(check.getValue()).isEqualTo(new Check(BROKEN, null, null,
                List.of("AWS::EC2::SecurityGroup", "AWS::EC2::Instance")));
        verify(api, never()).create(anyString(), any());
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    @OidcSecurity(claims = @Claim(key = "organization", value = "[\"acme\"]", type = ClaimType.JSON_ARRAY))
    void withoutScriptTheCheckComesBackOnTheWholeEditor() {
        when(api.validate(eq("acme"), any())).thenReturn(new CheckResult(true, List.of("expression")));

        var answer = CsrfForm.from("/tenants/acme/custom-controls/new").request()
                .formParams(fields("true")).post("/tenants/acme/custom-controls/check");

        Document page = Pages.parse(answer);
        assertThat(page.selectFirst("header.topbar")).isNotNull();
        assertThat(page.selectFirst("#cel-result .notice.success").text()).contains("compiles");
        assertThat(page.selectFirst("#control-title").val()).isEqualTo("No SSH rule at all");
        assertThat(page.selectFirst("#control-expression").text()).isEqualTo("true");
        for (Element control : page.select("form.cel-editor input:not([type=hidden]), form.cel-editor select,"
                + " form.cel-editor textarea")) {
            assertThat(page.select("label[for=" + control.id() + "]")).as(control.id()).hasSize(1);
        }
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    @OidcSecurity(claims = @Claim(key = "organization", value = "[\"acme\"]", type = ClaimType.JSON_ARRAY))
    void aDryRunShowsCountsAndTheFailingResources() {
        when(api.dryRun(eq("acme"), any())).thenReturn(new DryRun(List.of("AWS::EC2::SecurityGroup"), 3, 5000, false,
                1, 2, 0, 0, 20, List.of(new Sample("AWS::EC2::SecurityGroup", "sg-0a1", "111111111111", "us-east-1",
                        null), new Sample("AWS::EC2::SecurityGroup", "sg-0b2", "111111111111", "eu-west-1", null)),
                List.of()));

        var answer = CsrfForm.from("/tenants/acme/custom-controls/new").request().header("HX-Request", "true")
                .formParams(fields("item.configuration.ipPermissions.all(p, p.fromPort != 22)"))
                .post("/tenants/acme/custom-controls/dry-run");

        Document fragment = Pages.parse(answer);
        assertThat(fragment.select("table.dry-run-counts td.num").eachText()).containsExactly("1", "2", "0", "0");
        assertThat(fragment.select("table.dry-run-failing th[scope=row]").eachText()).containsExactly("sg-0a1",
                "sg-0b2");
        assertThat(fragment.text()).contains("nothing was saved");
        verify(api, never()).create(anyString(), any());
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    @OidcSecurity(claims = @Claim(key = "organization", value = "[\"acme\"]", type = ClaimType.JSON_ARRAY))
    void savingPostsTheControlAndRedirects() {
        when(api.create(eq("acme"), any())).thenReturn(control("custom-no-ssh"));

        var answer = CsrfForm.post("/tenants/acme/custom-controls/new", "/tenants/acme/custom-controls",
                fields("item.configuration.ipPermissions.all(p, p.fromPort != 22)"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/tenants/acme/custom-controls?notice=created");
        ArgumentCaptor<ControlRequest> body = ArgumentCaptor.forClass(ControlRequest.class);
        verify(api).create(eq("acme"), body.capture());
        assertThat(body.getValue()).isEqualTo(new ControlRequest("custom-no-ssh", "No SSH rule at all", null, "HIGH",
                List.of("AWS::EC2::SecurityGroup", "AWS::EC2::Instance"), "network-configuration",
                "item.configuration.ipPermissions.all(p, p.fromPort != 22)", null, null, "Remove the rule.",
                Map.of("soc2", List.of("CC6.6", "CC6.1"), "cis-aws-3.0", List.of("5.2"))));
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    @OidcSecurity(claims = @Claim(key = "organization", value = "[\"acme\"]", type = ClaimType.JSON_ARRAY))
    void aRefusedSaveComesBackWithThePositionOrTheServicesWords() {
        when(api.create(eq("acme"), any())).thenThrow(new CelProblem("Bad Request",
                "expression does not compile at line 2, column 19: Syntax error", List.of(), "expression", 2, 19));

        var answer = CsrfForm.post("/tenants/acme/custom-controls/new", "/tenants/acme/custom-controls",
                fields(BROKEN));

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = Pages.parse(answer);
        assertThat(page.selectFirst(".cel-line").text()).isEqualTo("2");
        assertThat(page.selectFirst("#control-expression").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#control-expression").wholeText()).isEqualTo(BROKEN);

        when(api.create(eq("acme"), any())).thenThrow(new ApiException(409, "Conflict",
                "custom control custom-no-ssh exists already; PUT changes it", List.of()));
        var conflict = CsrfForm.post("/tenants/acme/custom-controls/new", "/tenants/acme/custom-controls",
                fields("true"));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(Pages.parse(conflict).selectFirst(".notice.error").text()).contains("exists already");
    }

    @Test
    @TestSecurity(user = "msp-operator", roles = "platform-admin")
    void editingChangesAndDeletingRemovesTheControl() {
        when(api.get("acme", "custom-no-ssh")).thenReturn(control("custom-no-ssh"));
        when(api.update(eq("acme"), eq("custom-no-ssh"), any())).thenReturn(control("custom-no-ssh"));

        Document editor = Pages.get("/tenants/acme/custom-controls/custom-no-ssh", 200);
        assertThat(editor.selectFirst("#control-id").hasAttr("readonly")).isTrue();
        assertThat(editor.selectFirst("#control-references").wholeText()).isEqualTo("soc2: CC6.6, CC6.1");
        assertThat(editor.selectFirst("form.cel-editor").attr("action"))
                .isEqualTo("/tenants/acme/custom-controls/custom-no-ssh");

        var changed = CsrfForm.post("/tenants/acme/custom-controls/custom-no-ssh",
                "/tenants/acme/custom-controls/custom-no-ssh", fields("true"));
        assertThat(changed.statusCode()).isEqualTo(303);
        ArgumentCaptor<ControlRequest> body = ArgumentCaptor.forClass(ControlRequest.class);
        verify(api).update(eq("acme"), eq("custom-no-ssh"), body.capture());
        assertThat(body.getValue().id()).isNull();
        assertThat(body.getValue().expression()).isEqualTo("true");

        var deleted = CsrfForm.post("/tenants/acme/custom-controls/custom-no-ssh",
                "/tenants/acme/custom-controls/custom-no-ssh/delete", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.header("Location")).endsWith("/tenants/acme/custom-controls?notice=deleted");
        verify(api).delete("acme", "custom-no-ssh");
    }

    @Test
    void theProblemOfAssessmentKeepsFieldLineAndColumn() {
        CelProblem problem = CustomControlsApi.problem("{\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"expression does not compile at line 2, column 19: x\",\"field\":\"expression\","
                + "\"line\":2,\"column\":19}");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.field()).isEqualTo("expression");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(19);
        assertThat(problem.message()).contains("line 2, column 19");

        CelProblem plain = CustomControlsApi.problem("not json");
        assertThat(plain.line()).isNull();
        assertThat(plain.message()).isEqualTo("Bad Request");
    }
}
