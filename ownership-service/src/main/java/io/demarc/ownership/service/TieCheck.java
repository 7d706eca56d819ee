package io.demarc.ownership.service;

import java.util.Collection;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.contracts.Assignment;
import io.demarc.contracts.AssignmentScope;
import io.demarc.ownership.model.TenantResource;
import io.demarc.ownership.repository.TenantResourceRepository;
import io.demarc.service.rest.HttpProblems;

/**
 * Refuses an assignment that {@link io.demarc.contracts.OwnerResolver} could not decide against another one: two
 * assignments of one domain and role, in overlapping periods, that are equally specific for some resource.
 */
@ApplicationScoped
public class TieCheck {

    @Inject
    TenantResourceRepository resources;

    /**
     * @param others the tenant's assignments that hold (not revoked), the candidate itself left out
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 409 naming the assignment it ties with, and for two tag
     *         selectors the resource both select
     */
    public void requireNoTie(String tenantId, Assignment candidate, Collection<Assignment> others) {
        for (Assignment other : others) {
            if (!candidate.domain().equals(other.domain()) || candidate.role() != other.role()
                    || !candidate.overlaps(other)) {
                continue;
            }
            if (candidate.scope().sameAs(other.scope())) {
                throw HttpProblems
                        .conflict("ties with assignment " + describe(other) + ": same domain, role and scope in"
                                + " overlapping periods; change that one or pick another period");
            }
            if (candidate.scope().kind() == AssignmentScope.Kind.TAG
                    && other.scope().kind() == AssignmentScope.Kind.TAG) {
                String[] mine = tag(candidate.scope());
                String[] theirs = tag(other.scope());
                resources.firstTaggedWithBoth(tenantId, mine[0], mine[1], theirs[0], theirs[1])
                        .ifPresent(resource -> {
                            throw HttpProblems.conflict("ties with assignment " + describe(other) + ": tag selectors "
                                    + candidate.scope().value() + " and " + other.scope().value() + " both select "
                                    + name(resource) + ", so neither would win there");
                        });
            }
        }
    }

    private static String[] tag(AssignmentScope scope) {
        int equals = scope.value().indexOf('=');
        return new String[]{scope.value().substring(0, equals), scope.value().substring(equals + 1)};
    }

    private static String describe(Assignment a) {
        return a.assignmentId() + " (" + a.domain() + ", " + a.role() + ", " + a.scope().kind()
                + (a.scope().value() == null ? "" : " " + a.scope().value()) + ", team "
                + (a.team() == null ? "?" : a.team().name()) + ")";
    }

    private static String name(TenantResource resource) {
        return Objects.requireNonNullElse(resource.arn, resource.resourceKey);
    }
}
