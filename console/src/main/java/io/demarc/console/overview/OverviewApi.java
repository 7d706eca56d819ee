package io.demarc.console.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** reporting-service's MSP rollup: every tenant's figures, platform-admin only (see docs/reporting.md). */
@RegisterRestClient(configKey = "reporting")
@Path("/api/v1/rollup")
public interface OverviewApi {

    @GET
    RollupPage rollup(@QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

    record RollupPage(List<TenantRollup> items, int limit, String nextCursor) {
    }

    /** One tenant's row; {@code earlierScores} are the scores of a snapshot 7–14 days old ({@code earlierDay}). */
    record TenantRollup(String tenantId, Map<String, Double> scores, long unownedDuties, long failingCritical,
            long failingHigh, long accounts, long failingAccounts, long staleAccounts,
            Map<String, Double> earlierScores, LocalDate earlierDay) {
    }
}
