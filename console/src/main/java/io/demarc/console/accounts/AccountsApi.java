package io.demarc.console.accounts;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * inventory-service's AWS accounts, onboarding templates, collection runs and EventBridge webhook secrets (see
 * docs/inventory.md and docs/collection.md).
 */
@RegisterRestClient(configKey = "inventory")
@Path("/api/v1/tenants/{tenantId}")
public interface AccountsApi {

    /** Offset-paged: {@code page} from 0, {@code size} 1–500. */
    @GET
    @Path("/accounts")
    AccountPage accounts(@PathParam("tenantId") String tenantId, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/accounts/{accountId}")
    Account account(@PathParam("tenantId") String tenantId, @PathParam("accountId") String accountId);

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    Account register(@PathParam("tenantId") String tenantId, AccountRequest request);

    /** Administrators only. */
    @GET
    @Path("/onboarding")
    Onboarding onboarding(@PathParam("tenantId") String tenantId);

    /** The template itself, streamed; {@code format} yaml or json. */
    @GET
    @Path("/onboarding/cloudformation")
    Response cloudFormation(@PathParam("tenantId") String tenantId, @QueryParam("format") String format);

    @GET
    @Path("/onboarding/stackset")
    Response stackSet(@PathParam("tenantId") String tenantId, @QueryParam("format") String format);

    /** Newest first, cursor-paged. */
    @GET
    @Path("/collections")
    RunPage runs(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit);

    @GET
    @Path("/collections/{runId}")
    Run run(@PathParam("tenantId") String tenantId, @PathParam("runId") long runId);

    @POST
    @Path("/collections")
    @Consumes(MediaType.APPLICATION_JSON)
    Run startCollection(@PathParam("tenantId") String tenantId, CollectionRequest request);

    /** The raw AWS answers of one step, a zip, streamed. */
    @GET
    @Path("/collections/{runId}/steps/{stepId}/recording")
    Response recording(@PathParam("tenantId") String tenantId, @PathParam("runId") long runId,
            @PathParam("stepId") long stepId);

    /** Creates or rotates the secret; the answer is the only time it is ever shown. */
    @POST
    @Path("/accounts/{accountId}/webhook-secret")
    WebhookSecret issueWebhookSecret(@PathParam("tenantId") String tenantId,
            @PathParam("accountId") String accountId);

    record AccountPage(List<Account> items, int page, int size, long total, long totalPages) {

        /** The page's number as people count, from 1. */
        public int number() {
            return page + 1;
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    /** @param status PENDING, VERIFIED or FAILING; statusReason says why it fails */
    record Account(String accountId, String name, String environment, List<String> regions,
            String collectionInterval, String roleArn, String status, String statusReason, Instant statusChangedAt,
            Instant lastVerifiedAt, Instant createdAt) {
    }

    record AccountRequest(String accountId, String name, String environment, List<String> regions,
            String collectionInterval) {
    }

    record Onboarding(String tenantId, String roleName, List<String> managedPolicyArns, String mspPrincipalArn,
            String externalId) {
    }

    record CollectionRequest(List<String> accountIds) {
    }

    record RunPage(List<Run> items, int limit, String nextCursor) {
    }

    /** @param status QUEUED, RUNNING, SUCCEEDED, PARTIAL or FAILED */
    record Run(long id, String status, String trigger, String requestedBy, Instant createdAt, Instant startedAt,
            Instant finishedAt, Progress progress, Counts counts, List<Step> steps) {

        /** Still collecting: the page keeps polling its progress. */
        public boolean active() {
            return "QUEUED".equals(status) || "RUNNING".equals(status);
        }

        /** Steps that failed or were skipped, each with its reason. */
        public List<Step> troubled() {
            return steps == null
                    ? List.of()
                    : steps.stream().filter(step -> "FAILED".equals(step.status()) || "SKIPPED".equals(step.status()))
                            .toList();
        }

        public int percent() {
            return progress == null || progress.total() == 0 ? 0 : progress.done() * 100 / progress.total();
        }
    }

    record Progress(int done, int total) {
    }

    record Counts(int calls, int failedCalls, int items, int stored, int unchanged, int stale, int deleted) {
    }

    /** @param status PENDING, RUNNING, SUCCEEDED, FAILED or SKIPPED; error is AWS's reason */
    record Step(long id, String accountId, String region, String service, String status, String error,
            Counts counts, Instant startedAt, Instant finishedAt, String recording) {
    }

    /** Shown once, never stored by the console. */
    record WebhookSecret(String accountId, String header, String secret, String endpoint, Instant createdAt) {

        @Override
        public String toString() {
            return "WebhookSecret[" + accountId + "]";
        }
    }
}
