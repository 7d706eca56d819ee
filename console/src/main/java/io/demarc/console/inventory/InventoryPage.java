package io.demarc.console.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.console.client.ApiException;
import io.demarc.console.inventory.InventoryApi.Detail;
import io.demarc.console.inventory.InventoryApi.Page;
import io.demarc.console.inventory.InventoryApi.Version;
import io.demarc.console.inventory.ResourceFindingsApi.Finding;
import io.demarc.console.inventory.ResourceHistoryApi.Entry;
import io.demarc.console.inventory.ResourceOwnersApi.Resolution;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * A tenant's inventory: resources filtered by account, region, type, service model and tag, paged by cursor; and one
 * resource with its configuration, version history, findings, owner per domain, drift from baseline and timeline.
 * Each part of the resource page comes from its own service: one that fails says so in its section.
 */
@Path("/tenants/{tenantId}/inventory")
@Authenticated
public class InventoryPage {

    static final int PAGE_SIZE = 50;
    static final int HISTORY_SIZE = 20;
    static final int FINDINGS_SIZE = 200;
    static final int DRIFT_SIZE = 20;
    static final int TIMELINE_SIZE = 50;
    /** At most this many domains are resolved for one resource (there are 20 control domains). */
    static final int MAX_DOMAINS = 20;

    @Inject
    @RestClient
    InventoryApi inventory;

    @Inject
    @RestClient
    ResourceFindingsApi findings;

    @Inject
    @RestClient
    ResourceOwnersApi owners;

    @Inject
    @RestClient
    ResourceHistoryApi assessment;

    @CheckedTemplate(basePath = "inventory")
    static class Templates {
        static native TemplateInstance list(String tenant, String section, InventoryFilters filters,
                List<InventoryApi.Summary> resources, String nextPage, String firstPage);

        static native TemplateInstance resource(String tenant, String section, Detail resource,
                String configuration, String supplementary, Part<VersionRow> history, Part<Finding> findings,
                Part<OwnerRow> owners, Part<DriftRow> drift, Part<Entry> timeline);
    }

    /** One section of the resource page: its rows, or why its service could not give them; more when cut short. */
    public record Part<T>(List<T> rows, String problem, boolean more) {

        static <T> Part<T> failed(RuntimeException problem) {
            return new Part<>(List.of(), reason(problem), false);
        }
    }

    public record VersionRow(Version version, String configuration) {
    }

    public record OwnerRow(String domain, Resolution resolution, String problem) {
    }

    public record DriftRow(String id, String baselineId, Instant detectedAt, List<Change> changes) {
    }

    /** One RFC 6902 operation of a drift: e.g. replace /versioning/status with "Suspended". */
    public record Change(String op, String path, String value) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@PathParam("tenantId") String tenantId, @QueryParam("accountId") String accountId,
            @QueryParam("region") String region, @QueryParam("resourceType") String resourceType,
            @QueryParam("serviceModel") String serviceModel, @QueryParam("tag") String tag,
            @QueryParam("cursor") String cursor) {
        InventoryFilters filters = new InventoryFilters(accountId, region, resourceType, serviceModel, tag);
        String after = cursor == null || cursor.isBlank() ? null : cursor.trim();
        Page page = inventory.resources(tenantId, filters.accountId(), filters.region(), filters.resourceType(),
                filters.serviceModel(), filters.tag(), after, PAGE_SIZE);
        String next = page.nextCursor() == null ? null : filters.link(tenantId, page.nextCursor());
        return Templates.list(tenantId, "inventory", filters, page.items() == null ? List.of() : page.items(), next,
                after == null ? null : filters.link(tenantId, null));
    }

    @GET
    @Path("/{resourceId: \\d+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance resource(@PathParam("tenantId") String tenantId, @PathParam("resourceId") long id) {
        Detail resource = inventory.resource(tenantId, id);
        JsonNode configuration = resource.item() == null ? null : resource.item().configuration();
        JsonNode supplementary = resource.item() == null ? null : resource.item().supplementaryConfiguration();
        Part<Finding> resourceFindings = findings(tenantId, resource);
        return Templates.resource(tenantId, "inventory", resource, pretty(configuration), pretty(supplementary),
                history(tenantId, id), resourceFindings, owners(tenantId, resource, resourceFindings),
                drift(tenantId, resource), timeline(tenantId, resource));
    }

    private Part<VersionRow> history(String tenantId, long id) {
        try {
            InventoryApi.History history = inventory.history(tenantId, id, HISTORY_SIZE);
            List<VersionRow> rows = history.items() == null
                    ? List.of()
                    : history.items().stream().map(v -> new VersionRow(v,
                            v.item() == null ? null : pretty(v.item().configuration()))).toList();
            return new Part<>(rows, null, history.nextCursor() != null);
        } catch (ApiException | ProcessingException problem) {
            return Part.failed(problem);
        }
    }

    private Part<Finding> findings(String tenantId, Detail resource) {
        try {
            ResourceFindingsApi.Page page = findings.findings(tenantId, resource.accountId(), resource.resourceType(),
                    resource.resourceId(), FINDINGS_SIZE);
            return new Part<>(page.items() == null ? List.of() : page.items(), null, page.nextCursor() != null);
        } catch (ApiException | ProcessingException problem) {
            return Part.failed(problem);
        }
    }

    /** The owner of each domain the resource's findings fall in, with the assignment that decides and why. */
    private Part<OwnerRow> owners(String tenantId, Detail resource, Part<Finding> resourceFindings) {
        Set<String> domains = new LinkedHashSet<>();
        resourceFindings.rows().stream().map(Finding::domain).filter(d -> d != null && !d.isBlank()).sorted()
                .forEach(domains::add);
        List<OwnerRow> rows = new ArrayList<>();
        for (String domain : domains.stream().limit(MAX_DOMAINS).toList()) {
            try {
                rows.add(new OwnerRow(domain, owners.resolve(tenantId, resource.resourceType(), resource.resourceId(),
                        resource.accountId(), resource.awsRegion(), resource.arn(), domain), null));
            } catch (ApiException | ProcessingException problem) {
                if (problem instanceof ApiException api && api.status() == 401) {
                    throw api;
                }
                rows.add(new OwnerRow(domain, null, reason(problem)));
            }
        }
        return new Part<>(rows, resourceFindings.problem(), domains.size() > MAX_DOMAINS);
    }

    private Part<DriftRow> drift(String tenantId, Detail resource) {
        try {
            ResourceHistoryApi.Drifts drifts = assessment.drift(tenantId, resource.accountId(), resource.awsRegion(),
                    resource.resourceType(), resource.resourceId(), DRIFT_SIZE);
            List<DriftRow> rows = drifts.items() == null
                    ? List.of()
                    : drifts.items().stream()
                            .map(d -> new DriftRow(d.id(), d.baselineId(), d.detectedAt(), changes(d.patch())))
                            .toList();
            return new Part<>(rows, null, drifts.nextCursor() != null);
        } catch (ApiException | ProcessingException problem) {
            return Part.failed(problem);
        }
    }

    private Part<Entry> timeline(String tenantId, Detail resource) {
        try {
            ResourceHistoryApi.Timeline timeline = assessment.timeline(tenantId, resource.accountId(),
                    resource.awsRegion(), resource.resourceType(), resource.resourceId(), TIMELINE_SIZE);
            return new Part<>(timeline.items() == null ? List.of() : timeline.items(), null,
                    timeline.nextCursor() != null);
        } catch (ApiException | ProcessingException problem) {
            return Part.failed(problem);
        }
    }

    /** A service's refusal in its words, or that it did not answer. */
    static String reason(RuntimeException problem) {
        return problem instanceof ApiException api
                ? api.message()
                : "the service did not answer; try again in a moment";
    }

    static List<Change> changes(JsonNode patch) {
        List<Change> changes = new ArrayList<>();
        if (patch != null && patch.isArray()) {
            for (JsonNode operation : patch) {
                JsonNode value = operation.has("value")
                        ? operation.get("value")
                        : operation.get("from");
                changes.add(new Change(operation.path("op").asText(""), operation.path("path").asText(""),
                        value == null ? "" : value.toString()));
            }
        }
        return changes;
    }

    static String pretty(JsonNode json) {
        return json == null || json.isNull() || json.isMissingNode() ? null : json.toPrettyString();
    }
}
