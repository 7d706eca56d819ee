package io.demarc.console.home;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.demarc.console.home.HomeApi.Framework;
import io.demarc.console.home.HomeApi.Inventory;
import io.demarc.console.home.HomeApi.Posture;
import io.demarc.console.home.HomeApi.Snapshot;
import io.demarc.console.home.HomeApi.Trends;
import io.demarc.console.web.Svg;
import io.demarc.console.web.Svg.Part;
import io.demarc.console.web.Svg.Point;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * A tenant's home: posture per framework split the way the shared responsibility model splits it (what AWS carries,
 * what is shared, what is the customer's own, and of the customer's part what passes, fails, is attested or not
 * assessed), the trend of the last 90 days, time to remediate and what the tenant runs by service model.
 */
@Path("/tenants/{tenantId}")
@Authenticated
public class TenantHomePage {

    /** Days of trend the page shows. */
    static final int TREND_DAYS = 90;

    @Inject
    @RestClient
    HomeApi api;

    @Inject
    ManagedExecutor executor;

    @CheckedTemplate(basePath = "home")
    static class Templates {
        static native TemplateInstance home(String tenant, String section, List<FrameworkRow> frameworks,
                Trends trends, String openedChart, Inventory inventory, LocalDate from, LocalDate to);
    }

    /**
     * One framework's row: its figures, the two bars (by side, and the customer's part by status) and the score's
     * 90-day line.
     */
    public record FrameworkRow(Framework figures, String sideBar, String statusBar, String trendLine,
            Double scoreChange) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home(@PathParam("tenantId") String tenantId) {
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = to.minusDays(TREND_DAYS - 1);
        // The three reads are independent: trends and inventory run beside posture, so the page waits for the
        // slowest call rather than for the sum (docs/benchmarks.md). The request context, and with it the user's
        // token for BearerTokenPropagation, travels with the managed executor.
        CompletableFuture<Trends> trendsCall = executor.supplyAsync(() -> api.trends(tenantId, from, to));
        CompletableFuture<Inventory> inventoryCall = executor.supplyAsync(() -> api.inventory(tenantId));
        Posture posture = api.posture(tenantId);
        Trends trends = joined(trendsCall);
        Inventory inventory = joined(inventoryCall);
        Map<String, List<Snapshot>> byFramework = new LinkedHashMap<>();
        for (Snapshot snapshot : trends.posture() == null ? List.<Snapshot>of() : trends.posture()) {
            byFramework.computeIfAbsent(snapshot.framework(), key -> new ArrayList<>()).add(snapshot);
        }
        List<FrameworkRow> rows = posture.frameworks().stream()
                .map(framework -> row(framework, byFramework.getOrDefault(framework.framework(), List.of())))
                .toList();
        List<Point> opened = trends.days() == null
                ? List.of()
                : trends.days().stream().map(day -> new Point(day.day().toString(), day.opened())).toList();
        double maxOpened = opened.stream().mapToDouble(Point::value).max().orElse(0);
        String openedChart = Svg.line("Findings opened per day", opened, Math.max(1, maxOpened), 360, 60);
        return Templates.home(tenantId, "home", rows, trends, openedChart, inventory, from, to);
    }

    /** The call's answer, or its own exception (an ApiException becomes its error page as if called here). */
    private static <T> T joined(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    static FrameworkRow row(Framework f, List<Snapshot> history) {
        String sideBar = Svg.stackedBar(f.title() + ": who carries its " + f.total() + " requirements", List.of(
                new Part("AWS (inherited)", f.inherited(), "aws"),
                new Part("Shared", f.shared(), "shared"),
                new Part("Customer", f.customer(), "customer")), 260, 16);
        String statusBar = Svg.stackedBar(f.title() + ": status of the customer's part", List.of(
                new Part("Passing", f.passing(), "passing"),
                new Part("Failing", f.failing(), "failing"),
                new Part("Attested", f.attested(), "attested"),
                new Part("Unattested", f.unattested(), "unattested"),
                new Part("Not assessed", f.notAssessed(), "not-assessed")), 260, 16);
        List<Snapshot> ordered = history.stream().sorted(Comparator.comparing(Snapshot::day)).toList();
        List<Point> points = ordered.stream().map(s -> new Point(s.day().toString(), s.score())).toList();
        String trendLine = Svg.line(f.title() + " score over 90 days", points, 100, 140, 28);
        Double change = ordered.isEmpty() ? null : f.score() - ordered.get(0).score();
        return new FrameworkRow(f, sideBar, statusBar, trendLine, change);
    }
}
