package io.demarc.console.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.demarc.console.client.ApiException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Every failure becomes a readable page with the right status, never a stack trace. A tenant the user may not open
 * and a page that does not exist answer the same 404 page, so tenants cannot be discovered by typing URLs.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance page(int status, String heading, String message, List<String> details,
                String reference);
    }

    /** A service said no: show its words with its status. */
    @ServerExceptionMapper
    public Response api(ApiException problem) {
        return switch (problem.status()) {
            case 401 -> Response.seeOther(URI.create("/sign-out")).build();
            case 403 -> render(403, "Not allowed",
                    "Your role does not allow this here. " + problem.message(), List.of(), null);
            case 404 -> notFound();
            default -> render(problem.status(), problem.status() >= 500 ? "A service failed" : "Not done",
                    problem.message(), problem.violations(), null);
        };
    }

    /** A service did not answer (down, refused, timed out). */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException failure) {
        String reference = UUID.randomUUID().toString();
        LOG.warnf("A service could not be reached (reference %s): %s", reference, failure.getMessage());
        return render(503, "A Demarc service is not reachable",
                "The page could not be built because a service did not answer. Try again in a moment; if it lasts,"
                        + " give your operator this reference.",
                List.of(), reference);
    }

    @ServerExceptionMapper
    public Response missing(NotFoundException missing) {
        return notFound();
    }

    @ServerExceptionMapper
    public Response method(NotAllowedException wrongMethod) {
        return render(405, "Not here", "This address does not take that kind of request.", List.of(), null);
    }

    /** Errors the console raises itself with a status (a bad form value, a CSRF token that does not match). */
    @ServerExceptionMapper
    public Response web(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        if (status == 404) {
            return notFound();
        }
        if (status >= 500) {
            return unexpected(failure);
        }
        String message = failure.getMessage() == null || failure.getMessage().startsWith("HTTP ")
                ? "The request could not be used. Reload the page and try again."
                : failure.getMessage();
        return render(status, "Not done", message, List.of(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(failure, "Page failed (reference %s)", reference);
        return render(500, "Something went wrong",
                "The console could not build this page. Give your operator this reference.", List.of(), reference);
    }

    static Response notFound() {
        return render(404, "Not found",
                "There is no such page, or it belongs to a tenant you are not a member of.", List.of(), null);
    }

    private static Response render(int status, String heading, String message, List<String> details,
            String reference) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(status, heading, message, details, reference))
                .build();
    }
}
