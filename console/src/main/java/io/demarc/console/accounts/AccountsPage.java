package io.demarc.console.accounts;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.demarc.console.accounts.AccountsApi.Account;
import io.demarc.console.accounts.AccountsApi.AccountPage;
import io.demarc.console.accounts.AccountsApi.AccountRequest;
import io.demarc.console.accounts.AccountsApi.Onboarding;
import io.demarc.console.accounts.AccountsApi.RunPage;
import io.demarc.console.accounts.AccountsApi.WebhookSecret;
import io.demarc.console.client.ApiException;
import io.demarc.console.web.CurrentUser;
import io.demarc.console.web.Downloads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * A tenant's AWS accounts and their onboarding: the accounts with their role status, registering one, the ExternalId
 * and the CloudFormation templates of the read-only role (downloaded through the console with the user's token), the
 * latest collection runs, and the EventBridge webhook secret, shown once in the answer that created it.
 */
@Path("/tenants/{tenantId}/accounts")
@Authenticated
public class AccountsPage {

    static final int PAGE_SIZE = 50;
    static final int RECENT_RUNS = 5;
    static final List<String> ENVIRONMENTS = List.of("production", "staging", "development", "other");

    @Inject
    @RestClient
    AccountsApi api;

    @Inject
    CurrentUser user;

    @CheckedTemplate(basePath = "accounts")
    static class Templates {
        static native TemplateInstance accounts(String tenant, String section, AccountPage accounts,
                Onboarding onboarding, RunPage runs, String notice, RegisterForm form, String error,
                List<String> violations, List<String> environments);

        static native TemplateInstance account(String tenant, String section, Account account, String notice);

        static native TemplateInstance webhookSecret(String tenant, String section, WebhookSecret secret);
    }

    /** What the register form holds, so a refused form comes back as it was typed. */
    public record RegisterForm(String accountId, String name, String environment, String regions,
            String collectionInterval) {

        static final RegisterForm EMPTY = new RegisterForm("", "", "production", "us-east-1", "");

        AccountRequest request() {
            List<String> regionList = regions == null
                    ? List.of()
                    : Arrays.stream(regions.split("[,\\s]+")).map(String::trim).filter(r -> !r.isEmpty()).toList();
            return new AccountRequest(blankToNull(accountId), blankToNull(name), blankToNull(environment), regionList,
                    blankToNull(collectionInterval));
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@PathParam("tenantId") String tenantId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("notice") String notice) {
        return render(tenantId, Math.max(0, page), notice(notice), RegisterForm.EMPTY, null, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response register(@PathParam("tenantId") String tenantId, @RestForm String accountId,
            @RestForm String name, @RestForm String environment, @RestForm String regions,
            @RestForm String collectionInterval) {
        RegisterForm form = new RegisterForm(accountId, name, environment, regions, collectionInterval);
        try {
            Account account = api.register(tenantId, form.request());
            return Response.seeOther(URI.create("/tenants/" + tenantId + "/accounts/" + account.accountId()
                    + "?notice=registered")).build();
        } catch (ApiException refused) {
            if (refused.status() != 400 && refused.status() != 409) {
                throw refused;
            }
            return Response.status(refused.status())
                    .entity(render(tenantId, 0, null, form, refused.message(), refused.violations())).build();
        }
    }

    @GET
    @Path("{accountId: \\d{12}}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance account(@PathParam("tenantId") String tenantId,
            @PathParam("accountId") String accountId, @QueryParam("notice") String notice) {
        return Templates.account(tenantId, "accounts", api.account(tenantId, accountId), notice(notice));
    }

    /**
     * Creates (or rotates) the account's EventBridge secret and shows it in this answer, the only time anyone sees
     * it: no redirect (the secret would have to travel in a URL or be kept), nothing stored, not cached.
     */
    @POST
    @Path("{accountId: \\d{12}}/webhook-secret")
    @Produces(MediaType.TEXT_HTML)
    public Response webhookSecret(@PathParam("tenantId") String tenantId,
            @PathParam("accountId") String accountId) {
        WebhookSecret secret = api.issueWebhookSecret(tenantId, accountId);
        return Response.ok(Templates.webhookSecret(tenantId, "accounts", secret))
                .header("Cache-Control", "no-store").build();
    }

    /** The onboarding templates, passed through from inventory with the user's token. */
    @GET
    @Path("templates/{kind: cloudformation|stackset}")
    public Response template(@PathParam("tenantId") String tenantId, @PathParam("kind") String kind,
            @QueryParam("format") @DefaultValue("yaml") String format) {
        String chosen = "json".equals(format) ? "json" : "yaml";
        Response upstream = "stackset".equals(kind)
                ? api.stackSet(tenantId, chosen)
                : api.cloudFormation(tenantId, chosen);
        String name = ("stackset".equals(kind) ? "demarc-readonly-stackset-" : "demarc-readonly-") + tenantId + "."
                + chosen;
        return Downloads.stream(upstream, name);
    }

    private TemplateInstance render(String tenantId, int page, String notice, RegisterForm form, String error,
            List<String> violations) {
        AccountPage accounts = api.accounts(tenantId, page, PAGE_SIZE);
        // The onboarding facts (ExternalId) are for administrators; inventory refuses everyone else.
        Onboarding onboarding = user.mayAdminister() ? api.onboarding(tenantId) : null;
        RunPage runs = api.runs(tenantId, null, RECENT_RUNS);
        return Templates.accounts(tenantId, "accounts", accounts, onboarding, runs, notice, form, error, violations,
                ENVIRONMENTS);
    }

    /** Notices after a redirect are fixed sentences chosen by a code: nothing typed into a URL reaches the page. */
    static String notice(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "registered" -> "Account registered. Create the read-only role in it with the CloudFormation"
                    + " template, then start a collection: its status turns VERIFIED once Demarc assumed the role.";
            case "collection-started" -> "Collection started.";
            default -> null;
        };
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
