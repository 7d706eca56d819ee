package io.demarc.console.ownership;

import static io.demarc.console.ownership.OwnershipPage.encode;
import static io.demarc.console.ownership.OwnershipPage.seeOther;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.demarc.console.client.ApiException;
import io.demarc.console.web.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Teams and assignments as CSV. Downloads are proxied: the console fetches the file from ownership-service with the
 * user's token and hands it over, so the browser never holds a token. An upload is sent to ownership as it is; a file
 * with bad lines is refused whole, and the form lists every bad line ownership named.
 */
@Path("/tenants/{tenantId}/ownership")
@Authenticated
public class OwnershipCsvPage {

    static final String TEXT_CSV = "text/csv";

    @Inject
    @RestClient
    OwnershipCsvApi csv;

    @Inject
    CurrentUser user;

    @CheckedTemplate(basePath = "ownership")
    static class Templates {
        static native TemplateInstance csv(String tenant, String section, String tab, String notice,
                ImportOutcome outcome);
    }

    /**
     * What a refused import said.
     *
     * @param kind teams or assignments
     * @param lines every bad line, as "line 3: …"
     */
    public record ImportOutcome(String kind, String message, List<String> lines) {
    }

    @GET
    @Path("/csv")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("tenantId") String tenantId, @QueryParam("notice") String notice) {
        return Templates.csv(tenantId, "ownership", "csv", OwnershipPage.blankToNull(notice), null);
    }

    @GET
    @Path("/teams.csv")
    @Produces(TEXT_CSV)
    public Response teams(@PathParam("tenantId") String tenantId) {
        return download(csv.exportTeams(tenantId), tenantId + "-teams.csv");
    }

    @GET
    @Path("/assignments.csv")
    @Produces(TEXT_CSV)
    public Response assignments(@PathParam("tenantId") String tenantId) {
        return download(csv.exportAssignments(tenantId), tenantId + "-assignments.csv");
    }

    @POST
    @Path("/csv/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("tenantId") String tenantId, @PathParam("kind") String kind,
            @RestForm("file") FileUpload file) {
        if (!user.mayAdminister()) {
            throw new ForbiddenException("Your role may not import teams or owners.");
        }
        if (!"teams".equals(kind) && !"assignments".equals(kind)) {
            throw new NotFoundException();
        }
        String body = read(file);
        if (body == null || body.isBlank()) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.csv(tenantId, "ownership",
                    "csv", null, new ImportOutcome(kind, "Choose a CSV file to import; the file was empty.",
                            List.of())))
                    .build();
        }
        try {
            OwnershipCsvApi.ImportResult result = "teams".equals(kind)
                    ? csv.importTeams(tenantId, body)
                    : csv.importAssignments(tenantId, body);
            return seeOther("/tenants/" + tenantId + "/ownership/csv?notice=" + encode("Imported "
                    + (result == null ? 0 : result.applied()) + " " + kind + " from " + file.fileName() + "."));
        } catch (ApiException problem) {
            if (!Forms.showOnForm(problem)) {
                throw problem;
            }
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.csv(tenantId, "ownership", "csv", null,
                            new ImportOutcome(kind, problem.message(), problem.violations())))
                    .build();
        }
    }

    private static Response download(String body, String fileName) {
        return Response.ok(body == null ? "" : body, TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"")
                .build();
    }

    private static String read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return null;
        }
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
