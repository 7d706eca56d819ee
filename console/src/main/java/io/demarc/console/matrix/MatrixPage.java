package io.demarc.console.matrix;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.demarc.console.client.ApiException;
import io.demarc.console.matrix.MatrixApi.Cell;
import io.demarc.console.matrix.MatrixApi.Matrix;
import io.demarc.console.matrix.MatrixApi.Row;
import io.demarc.console.matrix.MatrixOwnershipApi.Arrival;
import io.demarc.console.matrix.MatrixOwnershipApi.ArrivalPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The responsibility matrix as a heat map: the resource types the tenant runs (rows, grouped by service model) × the
 * 20 control domains (columns), each cell naming its side in a word and a pattern as well as a colour, and the owning
 * team or "Unowned". A cell opens its detail (htmx into the panel, or the cell page without script).
 *
 * <p>
 * The grid reads reporting's matrix read model: counters and matrix rows, fast for a tenant of any size. Reporting
 * follows ownership's events, so a new owner reaches the grid a second or two after it was assigned; the cell page
 * ({@link MatrixCellPage}) reads the owner from ownership-service itself, and assigning redirects there, so the
 * matrix shows the owner right after it was assigned.
 */
@Path("/tenants/{tenantId}/matrix")
@Authenticated
public class MatrixPage {

    /** A type is marked "new in use" for this long after the tenant's first resource of it arrived. */
    static final Duration NEW_FOR = Duration.ofDays(14);
    /** Arrivals are listed oldest first; at most this many pages of 500 are read to find the recent ones. */
    static final int MAX_ARRIVAL_PAGES = 4;
    static final List<String> MODEL_ORDER = List.of("IAAS", "PAAS", "SERVERLESS", "ABSTRACTED", "UNKNOWN");

    @Inject
    @RestClient
    MatrixApi reporting;

    @Inject
    @RestClient
    MatrixOwnershipApi ownership;

    @CheckedTemplate(basePath = "matrix")
    static class Templates {
        static native TemplateInstance heatmap(String tenant, String section, List<String> domains,
                List<Group> groups, long unownedDuties, long types);
    }

    /** The rows of one service model. */
    public record Group(String serviceModel, String label, List<TypeRow> rows) {
    }

    /**
     * @param arrivedAt when the tenant started using the type, when it did recently; null otherwise
     * @param cells one per domain column, in column order; a null entry for a domain the type has no cell for
     */
    public record TypeRow(String resourceType, long resources, Instant arrivedAt, List<Cell> cells) {

        public boolean isNew() {
            return arrivedAt != null;
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance heatmap(@PathParam("tenantId") String tenantId) {
        Matrix matrix = reporting.matrix(tenantId);
        Map<String, Instant> recent = recentArrivals(tenantId);
        List<String> domains = matrix.domains() == null ? List.of() : matrix.domains();
        Map<String, List<TypeRow>> byModel = new LinkedHashMap<>();
        MODEL_ORDER.forEach(model -> byModel.put(model, new ArrayList<>()));
        List<Row> types = matrix.types() == null ? List.of() : matrix.types();
        for (Row row : types) {
            Map<String, Cell> cells = new HashMap<>();
            if (row.cells() != null) {
                row.cells().forEach(cell -> cells.put(cell.domain(), cell));
            }
            List<Cell> aligned = domains.stream().map(cells::get).toList();
            String model = row.serviceModel() == null ? "UNKNOWN" : row.serviceModel().toUpperCase(Locale.ROOT);
            byModel.computeIfAbsent(model, key -> new ArrayList<>()).add(new TypeRow(row.resourceType(),
                    row.resources(), recent.get(row.resourceType().toLowerCase(Locale.ROOT)), aligned));
        }
        List<Group> groups = byModel.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new Group(entry.getKey(), label(entry.getKey()), entry.getValue())).toList();
        return Templates.heatmap(tenantId, "matrix", domains, groups, matrix.unownedDuties(), types.size());
    }

    /**
     * Types whose first resource arrived within {@link #NEW_FOR}, by lower-cased name, from ownership's change log.
     * The marker is a hint: without ownership the grid is still shown, without markers.
     */
    Map<String, Instant> recentArrivals(String tenantId) {
        Map<String, Instant> recent = new HashMap<>();
        Instant since = Instant.now().minus(NEW_FOR);
        try {
            String cursor = null;
            for (int page = 0; page < MAX_ARRIVAL_PAGES; page++) {
                ArrivalPage arrivals = ownership.newDuties(tenantId, cursor, 500);
                for (Arrival arrival : arrivals.items() == null ? List.<Arrival>of() : arrivals.items()) {
                    if (arrival.arrivedAt() != null && arrival.arrivedAt().isAfter(since)) {
                        recent.put(arrival.resourceType().toLowerCase(Locale.ROOT), arrival.arrivedAt());
                    }
                }
                cursor = arrivals.nextCursor();
                if (cursor == null) {
                    break;
                }
            }
        } catch (ApiException | ProcessingException unavailable) {
            if (unavailable instanceof ApiException problem && problem.status() == 404) {
                throw problem;
            }
        }
        return recent;
    }

    static String label(String serviceModel) {
        return switch (serviceModel) {
            case "IAAS" -> "IaaS: you run the guest OS and what is on it";
            case "PAAS" -> "PaaS and managed services: AWS runs the platform";
            case "SERVERLESS" -> "Serverless: AWS runs the runtime too";
            case "ABSTRACTED" -> "Abstracted services: you keep data, access and encryption choices";
            default -> "Types the catalog does not know";
        };
    }
}
