package io.demarc.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.console.client.ApiException;
import io.demarc.console.inventory.InventoryApi.Detail;
import io.demarc.console.inventory.InventoryApi.History;
import io.demarc.console.inventory.InventoryApi.Item;
import io.demarc.console.inventory.InventoryApi.Page;
import io.demarc.console.inventory.InventoryApi.Summary;
import io.demarc.console.inventory.InventoryApi.Version;
import io.demarc.console.inventory.ResourceFindingsApi.Finding;
import io.demarc.console.inventory.ResourceHistoryApi.Drift;
import io.demarc.console.inventory.ResourceHistoryApi.Drifts;
import io.demarc.console.inventory.ResourceHistoryApi.Entry;
import io.demarc.console.inventory.ResourceHistoryApi.Timeline;
import io.demarc.console.inventory.ResourceOwnersApi.Owner;
import io.demarc.console.inventory.ResourceOwnersApi.Resolution;
import io.demarc.console.inventory.ResourceOwnersApi.Scope;
import io.demarc.console.inventory.ResourceOwnersApi.TeamRef;
import io.demarc.console.web.Pages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class InventoryPageTest {

    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectMock
    @RestClient
    InventoryApi inventory;

    @InjectMock
    @RestClient
    ResourceFindingsApi findings;

    @InjectMock
    @RestClient
    ResourceOwnersApi owners;

    @InjectMock
    @RestClient
    ResourceHistoryApi assessment;

    @Test
    @TestSecurity(user = "acme-auditor", roles = "auditor")
    void listsResourcesFilteredAndTheNextPageCarriesFiltersAndCursor() {
        when(inventory.resources(eq("acme"), eq("111122223333"), eq("eu-west-1"), isNull(), eq("IAAS"),
                eq("env=prod"), isNull(), eq(50))).thenReturn(new Page(
                        List.of(
                                new Summary(7, "111122223333", "eu-west-1", "AWS::EC2::Instance", "IAAS", "i-0abc",
                                        "web-1",
                                        null, T, "OK", false)),
                        "dHlwZXxpZA=="));

        Document page = Pages.get(
                "/tenants/acme/inventory?accountId=111122223333&region=eu-west-1&serviceModel=IAAS&tag=env=prod",
                200);

        var row = page.selectFirst("#resources-table tbody tr");
        assertThat(row.selectFirst("th a").attr("href")).isEqualTo("/tenants/acme/inventory/7");
        assertThat(row.selectFirst("th").text()).isEqualTo("web-1 i-0abc");
        assertThat(row.text()).contains("AWS::EC2::Instance").contains("iaas");
        assertThat(page.selectFirst("#i-model option[selected]").attr("value")).isEqualTo("IAAS");
        assertThat(page.selectFirst("#i-tag").attr("value")).isEqualTo("env=prod");
        assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo("/tenants/acme/inventory"
                + "?accountId=111122223333&region=eu-west-1&serviceModel=IAAS&tag=env%3Dprod&cursor=dHlwZXxpZA%3D%3D");
        assertThat(page.select("nav.sections a[aria-current=page]").text()).isEqualTo("Inventory");
        page.select("form.filters select, form.filters input").forEach(
                control -> assertThat(page.select("label[for=" + control.id() + "]")).isNotEmpty());
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void anEmptyInventoryLinksToAccounts() {
        when(inventory.resources(eq("acme"), any(), any(), any(), any(), any(), any(), any()))
                .thenReturn(new Page(List.of(), null));

        Document page = Pages.get("/tenants/acme/inventory", 200);

        assertThat(page.selectFirst(".empty-state").text()).contains("No resources yet");
        assertThat(page.selectFirst(".empty-state a").attr("href")).isEqualTo("/tenants/acme/accounts");
        assertThat(page.select("a[rel=next]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "acme-admin", roles = "tenant-admin")
    void aFilterThatAServiceRefusesIsAReadableMessage() {
        when(inventory.resources(eq("acme"), eq("12"), any(), any(), any(), any(), any(), any()))
                .thenThrow(new ApiException(400, "Bad Request", "accountId must be an AWS account id of 12 digits",
                        List.of()));

        Document page = Pages.get("/tenants/acme/inventory?accountId=12", 400);

        assertThat(page.selectFirst(".lead").text()).isEqualTo("accountId must be an AWS account id of 12 digits");
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void aResourceShowsConfigurationHistoryFindingsOwnersDriftAndTimeline() throws Exception {
        stubResource();

        Document page = Pages.get("/tenants/acme/inventory/7", 200);

        assertThat(page.selectFirst("h1").text()).isEqualTo("AWS::S3::Bucket logs");
        assertThat(page.selectFirst("#configuration").text()).contains("\"versioning\" : {")
                .contains("\"status\" : \"Suspended\"");
        assertThat(page.select("dl.facts a[href=/tenants/acme/inventory?tag=env%3Dprod]")).hasSize(1);
        assertThat(page.select("#resource-findings tbody tr")).hasSize(2);
        assertThat(page.selectFirst("#resource-findings tbody tr th a").attr("href"))
                .isEqualTo("/tenants/acme/findings/f-1");
        var owners = page.select("#resource-owners tbody tr");
        assertThat(owners).hasSize(2);
        assertThat(owners.get(0).text()).contains("data-protection").contains("Data")
                .contains("scope TAG beats RESOURCE_TYPE");
        assertThat(owners.get(1).text()).contains("logging").contains("unowned");
        assertThat(page.select("section.drift tbody tr").text()).contains("replace")
                .contains("/versioning/status").contains("\"Suspended\"");
        assertThat(page.select("#resource-timeline tbody tr")).hasSize(2);
        assertThat(page.select("#resource-history tbody tr")).hasSize(2);
        assertThat(page.select("#resource-history .badge.current")).hasSize(1);
        assertThat(page.select("form[method=post]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void aSectionWhoseServiceFailsSaysSoAndTheRestIsShown() throws Exception {
        stubResource();
        when(assessment.drift(eq("acme"), any(), any(), any(), any(), any()))
                .thenThrow(new ApiException(503, "Service Unavailable", "assessment is restarting", List.of()));

        Document page = Pages.get("/tenants/acme/inventory/7", 200);

        assertThat(page.text()).contains("Drift could not be read: assessment is restarting");
        assertThat(page.selectFirst("#configuration")).isNotNull();
        assertThat(page.select("#resource-findings tbody tr")).hasSize(2);
    }

    @Test
    @TestSecurity(user = "acme-analyst", roles = "analyst")
    void anotherTenantsResourceIsTheNotFoundPage() {
        when(inventory.resource(eq("globex"), anyLong()))
                .thenThrow(new ApiException(404, "Not Found", "No resource 7 in this tenant.", List.of()));

        Document page = Pages.get("/tenants/globex/inventory/7", 404);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Not found");
    }

    private void stubResource() throws Exception {
        var configuration = JSON.readTree("{\"name\":\"logs\",\"versioning\":{\"status\":\"Suspended\"}}");
        Detail bucket = new Detail(7, "111122223333", "eu-west-1", "AWS::S3::Bucket", "ABSTRACTED", "logs", "logs",
                "arn:aws:s3:::logs", T, "42", "OK", false, T, new Item(Map.of("env", "prod"), configuration, null));
        when(inventory.resource("acme", 7)).thenReturn(bucket);
        when(inventory.history(eq("acme"), eq(7L), any())).thenReturn(new History(List.of(
                new Version(true, T, "42", "OK", false, T, null, new Item(Map.of(), configuration, null)),
                new Version(false, T.minusSeconds(86_400), "41", "OK", false, T.minusSeconds(86_400), T,
                        new Item(Map.of(), JSON.readTree("{\"versioning\":{\"status\":\"Enabled\"}}"), null))),
                null));
        when(findings.findings("acme", "111122223333", "AWS::S3::Bucket", "logs", 200)).thenReturn(
                new ResourceFindingsApi.Page(List.of(
                        new Finding("f-1", "S3.14", "Versioning on", "MEDIUM", "FAIL", T,
                                new ResourceFindingsApi.Team("t-data", "Data"), false, null, "data-protection"),
                        new Finding("f-2", "S3.9", "Access logging", "LOW", "FAIL", T, null, true, null, "logging")),
                        null));
        when(owners.resolve("acme", "AWS::S3::Bucket", "logs", "111122223333", "eu-west-1", "arn:aws:s3:::logs",
                "data-protection")).thenReturn(new Resolution("data-protection", "CUSTOMER", false,
                        new Owner(new TeamRef("t-data", "Data", null), "RESPONSIBLE", new Scope("TAG", "env=prod"),
                                "scope TAG beats RESOURCE_TYPE"),
                        null));
        when(owners.resolve("acme", "AWS::S3::Bucket", "logs", "111122223333", "eu-west-1", "arn:aws:s3:::logs",
                "logging")).thenReturn(new Resolution("logging", "SHARED", true, null, null));
        when(assessment.drift(eq("acme"), eq("111122223333"), eq("eu-west-1"), eq("AWS::S3::Bucket"), eq("logs"),
                any())).thenReturn(new Drifts(
                        List.of(new Drift("d-1", "b-1",
                                JSON.readTree(
                                        "[{\"op\":\"replace\",\"path\":\"/versioning/status\",\"value\":\"Suspended\"}]"),
                                T, T)),
                        null));
        when(assessment.timeline(eq("acme"), eq("111122223333"), eq("eu-west-1"), eq("AWS::S3::Bucket"),
                eq("logs"), any())).thenReturn(new Timeline(
                        List.of(
                                new Entry("DRIFT", T, null, null, null, "d-1"),
                                new Entry("STATUS", T, "S3.14", "PASS", "FAIL", null)),
                        null));
    }
}
