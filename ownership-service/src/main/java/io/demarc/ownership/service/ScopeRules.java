package io.demarc.ownership.service;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.catalog.responsibility.ResourceType;
import io.demarc.catalog.responsibility.ResponsibilityModel;
import io.demarc.contracts.AssignmentScope;
import io.demarc.service.rest.HttpProblems;

/** Checks the value of an assignment scope against its kind and brings it to the one spelling ties compare. */
@ApplicationScoped
public class ScopeRules {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    /** {@code accountId/region/resourceType/resourceId}; the id may itself contain slashes. */
    private static final Pattern RESOURCE_PATH = Pattern.compile("\\d{12}/[^/]*/[^/]+/.+");

    @Inject
    ResponsibilityModel model;

    /** @throws io.quarkiverse.resteasy.problem.HttpProblem 400 saying what the value of the kind must look like */
    public AssignmentScope normalized(AssignmentScope scope) {
        if (scope == null || scope.kind() == null) {
            throw HttpProblems
                    .badRequest("scope.kind is required: one of TENANT, ACCOUNT, RESOURCE_TYPE, TAG, RESOURCE");
        }
        String value = scope.value() == null ? null : scope.value().trim();
        return switch (scope.kind()) {
            case TENANT -> {
                if (value != null && !value.isEmpty()) {
                    throw HttpProblems.badRequest("a TENANT scope takes no value, got '" + value + "'");
                }
                yield AssignmentScope.tenant();
            }
            case ACCOUNT -> {
                require(value != null && ACCOUNT.matcher(value).matches(),
                        "an ACCOUNT scope needs a 12-digit AWS account id, got '" + value + "'");
                yield scope(AssignmentScope.Kind.ACCOUNT, value);
            }
            case RESOURCE_TYPE -> scope(AssignmentScope.Kind.RESOURCE_TYPE, model.type(value).map(ResourceType::type)
                    .orElseThrow(() -> HttpProblems.badRequest("a RESOURCE_TYPE scope needs a resource type the catalog"
                            + " knows, such as AWS::S3::Bucket; got '" + value + "'")));
            case TAG -> {
                require(value != null && value.indexOf('=') > 0,
                        "a TAG scope needs a selector key=value, got '" + value + "'");
                yield scope(AssignmentScope.Kind.TAG, value);
            }
            case RESOURCE -> {
                require(value != null && (value.startsWith("arn:") || RESOURCE_PATH.matcher(value).matches()),
                        "a RESOURCE scope needs an ARN or accountId/region/resourceType/resourceId, got '" + value
                                + "'");
                yield scope(AssignmentScope.Kind.RESOURCE, value);
            }
        };
    }

    private static AssignmentScope scope(AssignmentScope.Kind kind, String value) {
        return new AssignmentScope(kind, value);
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw HttpProblems.badRequest(detail);
        }
    }
}
