package io.demarc.assessment.exception.service;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.assessment.exception.rest.ExceptionRequest;
import io.demarc.assessment.governance.Problems;
import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.assessment.model.LatestEvaluationId;
import io.demarc.assessment.repository.LatestEvaluationRepository;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.contracts.AssignmentScope;
import io.demarc.service.rest.HttpProblems;

/** What a request must satisfy before it is stored; each refusal is a 400 problem saying what to fix. */
@ApplicationScoped
public class ExceptionRequestRules {

    /** Tenants' own controls live beside the catalog under this prefix. */
    static final String CUSTOM_CONTROL_PREFIX = "custom-";
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern RESOURCE_TYPE = Pattern.compile("[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+");

    @Inject
    ControlLibrary library;

    @Inject
    LatestEvaluationRepository evaluations;

    @Inject
    ExceptionsConfig config;

    /** Checks the request and returns the control it is about. */
    public String check(String tenantId, ExceptionRequest request, Instant now) {
        checkExpiry(request.expiresAt(), now);
        if ((request.findingId() == null) == (request.scope() == null)) {
            throw HttpProblems.badRequest("give either findingId (one finding) or scope (a control at a scope), not"
                    + " both and not neither");
        }
        return request.findingId() != null ? controlOfFinding(tenantId, request) : controlAtScope(request);
    }

    private void checkExpiry(Instant expiresAt, Instant now) {
        if (!expiresAt.isAfter(now)) {
            throw HttpProblems.badRequest("expiresAt must be in the future, got " + expiresAt);
        }
        if (expiresAt.isAfter(now.plus(config.maxDuration()))) {
            throw HttpProblems.badRequest("expiresAt may be at most " + config.maxDuration().toDays()
                    + " days ahead; accept the risk again when it runs out");
        }
    }

    private String controlOfFinding(String tenantId, ExceptionRequest request) {
        LatestEvaluation finding = evaluations.findById(new LatestEvaluationId(tenantId, request.findingId()));
        if (finding == null) {
            throw HttpProblems.badRequest("no finding '" + Problems.echo(request.findingId()) + "' in this tenant");
        }
        if (request.controlId() != null && !request.controlId().equals(finding.controlId)) {
            throw HttpProblems.badRequest("finding " + finding.findingId + " is of control " + finding.controlId
                    + ", not " + Problems.echo(request.controlId()));
        }
        return finding.controlId;
    }

    private String controlAtScope(ExceptionRequest request) {
        String controlId = request.controlId();
        if (controlId == null || controlId.isBlank()) {
            throw HttpProblems.badRequest("controlId is required with a scope");
        }
        if (library.find(controlId).isEmpty() && !controlId.startsWith(CUSTOM_CONTROL_PREFIX)) {
            throw HttpProblems
                    .badRequest("no control '" + Problems.echo(controlId) + "' in catalog " + library.version());
        }
        checkScope(request.scope());
        return controlId;
    }

    private static void checkScope(AssignmentScope scope) {
        if (scope.kind() == null) {
            throw HttpProblems.badRequest("scope.kind must be one of TENANT, ACCOUNT, RESOURCE_TYPE, TAG, RESOURCE");
        }
        String value = scope.value();
        boolean valid = switch (scope.kind()) {
            case TENANT -> value == null || value.isBlank();
            case ACCOUNT -> value != null && ACCOUNT_ID.matcher(value).matches();
            case RESOURCE_TYPE -> value != null && RESOURCE_TYPE.matcher(value).matches();
            case TAG -> value != null && value.indexOf('=') > 0;
            case RESOURCE -> value != null && !value.isBlank() && value.length() <= 2048;
        };
        if (!valid) {
            throw HttpProblems.badRequest("scope.value does not fit kind " + scope.kind() + ": "
                    + switch (scope.kind()) {
                        case TENANT -> "leave it out";
                        case ACCOUNT -> "a 12-digit account id";
                        case RESOURCE_TYPE -> "a type such as AWS::S3::Bucket";
                        case TAG -> "key=value";
                        case RESOURCE -> "the resource's ARN or accountId/region/resourceType/resourceId";
                    });
        }
    }
}
