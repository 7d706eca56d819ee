package io.demarc.console.overview;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.demarc.console.client.ApiException;
import io.demarc.console.overview.OverviewApi.RollupPage;
import io.demarc.console.overview.OverviewApi.TenantRollup;
import io.demarc.console.overview.OverviewTenantsApi.NewTenant;
import io.demarc.console.overview.OverviewTenantsApi.Tenant;
import io.demarc.console.overview.OverviewTenantsApi.TenantPage;
import io.demarc.console.web.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The MSP operator's start: every tenant in one table (scores per framework, failing critical and high findings,
 * unowned duties, failing and stale accounts, trend), from reporting's rollup, named as inventory names them, and
 * with the tenants inventory has registered that reporting has not heard of yet. Platform-admin only: anyone else gets
 * the same 404 page as for a page that does not exist.
 */
@Path("/overview")
@Authenticated
public class OverviewPage {

    /** Tenants per page of the overview. */
    static final int LIMIT = 50;
    /** Inventory lists tenants by offset; the names of this many pages of 500 are read at most. */
    static final int MAX_TENANT_PAGES = 10;
    static final int TENANT_PAGE_SIZE = 500;

    @Inject
    @RestClient
    OverviewApi rollup;

    @Inject
    @RestClient
    OverviewTenantsApi tenants;

    @Inject
    CurrentUser user;

    @CheckedTemplate(basePath = "overview")
    static class Templates {
        static native TemplateInstance overview(List<String> frameworks, List<Row> rows, String nextPage,
                boolean namesUnknown, String registered, TenantForm form);
    }

    /**
     * One tenant's row.
     *
     * @param figures reporting's rollup; null for a tenant inventory registered and reporting has not seen yet
     * @param name the display name inventory knows; null when unknown
     * @param status ACTIVE or SUSPENDED, as inventory says; null when unknown
     * @param trend mean change of the scores against those of {@code figures.earlierDay}; null without history
     */
    public record Row(String tenantId, String name, String status, TenantRollup figures, Double trend) {

        /** The score of one framework, or null. */
        public Double score(String framework) {
            return figures == null || figures.scores() == null ? null : figures.scores().get(framework);
        }

        public boolean hasData() {
            return figures != null;
        }
    }

    /** The register-a-tenant form as the user filled it, with what inventory said was wrong. */
    public record TenantForm(String id, String name, String error, List<String> violations) {
        static final TenantForm EMPTY = new TenantForm("", "", null, List.of());
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overview(@QueryParam("cursor") String cursor, @QueryParam("after") String after,
            @QueryParam("registered") String registered) {
        return render(cursor, after, registered, TenantForm.EMPTY);
    }

    /** Registers a tenant in inventory (which creates its Keycloak Organization), then shows the overview again. */
    @POST
    @Path("/tenants")
    @Produces(MediaType.TEXT_HTML)
    public Response register(@RestForm String id, @RestForm String name) {
        requirePlatformAdmin();
        String tenantId = id == null ? "" : id.trim();
        String displayName = name == null ? "" : name.trim();
        try {
            Tenant created = tenants.register(new NewTenant(tenantId, displayName));
            return Response.seeOther(URI.create("/overview?registered="
                    + URLEncoder.encode(created == null ? tenantId : created.id(), StandardCharsets.UTF_8))).build();
        } catch (ApiException problem) {
            if (problem.status() >= 500 || problem.status() == 401) {
                throw problem;
            }
            return Response.status(problem.status() == 403 ? 403 : 400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(render(null, null, null,
                            new TenantForm(tenantId, displayName, problem.message(), problem.violations())))
                    .build();
        }
    }

    private TemplateInstance render(String cursor, String after, String registered, TenantForm form) {
        requirePlatformAdmin();
        RollupPage page;
        try {
            page = rollup.rollup(blankToNull(cursor), LIMIT);
        } catch (ApiException problem) {
            // The rollup is the platform-admin's: for anyone else it is a page that does not exist, never a 403.
            if (problem.status() == 403 || problem.status() == 404) {
                throw new NotFoundException();
            }
            throw problem;
        }
        Map<String, Tenant> registeredTenants = registeredTenants();
        List<TenantRollup> items = page.items() == null ? List.of() : page.items();
        Set<String> frameworks = new LinkedHashSet<>();
        items.forEach(item -> {
            if (item.scores() != null) {
                frameworks.addAll(item.scores().keySet());
            }
        });
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (TenantRollup item : items) {
            Tenant known = registeredTenants == null ? null : registeredTenants.get(item.tenantId());
            rows.add(new Row(item.tenantId(), known == null ? null : known.name(),
                    known == null ? null : known.status(), item, trend(item)));
            seen.add(item.tenantId());
        }
        // Tenants inventory registered that reporting has not heard of: shown on the page whose id range holds them,
        // so each appears exactly once across the pages.
        String last = items.isEmpty() ? null : items.get(items.size() - 1).tenantId();
        String lower = blankToNull(after);
        String upper = page.nextCursor() == null ? null : last;
        if (registeredTenants != null) {
            for (Tenant tenant : registeredTenants.values()) {
                boolean inRange = (lower == null || tenant.id().compareTo(lower) > 0)
                        && (upper == null || tenant.id().compareTo(upper) <= 0);
                if (inRange && !seen.contains(tenant.id())) {
                    rows.add(new Row(tenant.id(), tenant.name(), tenant.status(), null, null));
                }
            }
        }
        rows.sort(Comparator.comparing(Row::tenantId));
        String nextPage = page.nextCursor() == null
                ? null
                : "/overview?cursor=" + encode(page.nextCursor()) + "&after=" + encode(last);
        return Templates.overview(List.copyOf(frameworks), rows, nextPage, registeredTenants == null,
                blankToNull(registered), form);
    }

    /**
     * Inventory's tenants by id, or null when inventory cannot say (down, or refused): the overview then shows ids
     * without names rather than no overview at all.
     */
    private Map<String, Tenant> registeredTenants() {
        Map<String, Tenant> byId = new HashMap<>();
        try {
            for (int index = 0; index < MAX_TENANT_PAGES; index++) {
                TenantPage page = tenants.tenants(index, TENANT_PAGE_SIZE);
                if (page.items() != null) {
                    page.items().forEach(tenant -> byId.put(tenant.id(), tenant));
                }
                if (page.items() == null || index + 1 >= page.totalPages()) {
                    break;
                }
            }
            return byId;
        } catch (ApiException | ProcessingException unavailable) {
            return null;
        }
    }

    /** Mean change of the frameworks' scores against the earlier snapshot; null when there is nothing to compare. */
    static Double trend(TenantRollup item) {
        if (item.scores() == null || item.earlierScores() == null || item.earlierScores().isEmpty()) {
            return null;
        }
        double sum = 0;
        int count = 0;
        for (Map.Entry<String, Double> score : item.scores().entrySet()) {
            Double earlier = item.earlierScores().get(score.getKey());
            if (earlier != null && score.getValue() != null) {
                sum += score.getValue() - earlier;
                count++;
            }
        }
        return count == 0 ? null : Math.round(sum / count * 10) / 10.0;
    }

    private void requirePlatformAdmin() {
        if (!user.isPlatformAdmin()) {
            throw new NotFoundException();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
