package io.demarc.console.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** reporting-service's read models that make up a tenant's home page. */
@RegisterRestClient(configKey = "reporting")
@Path("/api/v1/tenants/{tenantId}")
public interface HomeApi {

    @GET
    @Path("/posture")
    Posture posture(@PathParam("tenantId") String tenantId);

    /** The controls with the most open failures, most first. */
    @GET
    @Path("/posture/failing-controls")
    List<FailingControl> failingControls(@PathParam("tenantId") String tenantId, @QueryParam("limit") int limit);

    @GET
    @Path("/trends")
    Trends trends(@PathParam("tenantId") String tenantId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to);

    @GET
    @Path("/inventory")
    Inventory inventory(@PathParam("tenantId") String tenantId);

    record Posture(String tenantId, LocalDate asOf, List<Framework> frameworks) {
    }

    /** One framework's figures as reporting computes them (see docs/reporting.md, Posture). */
    record Framework(String framework, String title, String version, int total, int inherited, int shared,
            int customer, int passing, int failing, int attested, int unattested, int notAssessed, double score) {
    }

    /** @param title null for a tenant's own control */
    record FailingControl(String controlId, String title, String severity, long failing, long excepted) {
    }

    record Trends(LocalDate from, LocalDate to, List<Day> days, long remediated, Double meanTimeToRemediateHours,
            List<Snapshot> posture) {
    }

    record Day(LocalDate day, long opened, long closed, long remediated) {
    }

    record Snapshot(LocalDate day, String framework, double score) {
    }

    record Inventory(long total, Map<String, Long> byServiceModel, List<TypeCount> types) {
    }

    record TypeCount(String resourceType, String serviceModel, long resources) {
    }
}
