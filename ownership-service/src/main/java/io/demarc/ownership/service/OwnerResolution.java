package io.demarc.ownership.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.catalog.responsibility.Domain;
import io.demarc.catalog.responsibility.Responsibility;
import io.demarc.catalog.responsibility.ResponsibilityModel;
import io.demarc.contracts.Assignment;
import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.OwnerResolver;
import io.demarc.contracts.RaciRole;
import io.demarc.contracts.ResourceRef;
import io.demarc.ownership.model.TenantResource;
import io.demarc.ownership.repository.TenantResourceRepository;
import io.demarc.service.rest.HttpProblems;

/** Answers {@code (resource, domain) → owner} with {@link OwnerResolver}, the one precedence rule of Demarc. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OwnerResolution {

    @Inject
    TenantResourceRepository resources;

    @Inject
    ResponsibilityModel model;

    @Inject
    MatrixEvents events;

    /**
     * Resolves for a resource the tenant has (its ARN and tags then count) or one described by its parts only.
     *
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 400 without a resource type or with an unknown domain
     */
    public Resolution resolve(String tenantId, ResourceRef asked, String domain) {
        if (asked.resourceType() == null || asked.resourceType().isBlank()) {
            throw HttpProblems.badRequest("resourceType is required, such as AWS::S3::Bucket");
        }
        if (domain == null || model.domains().stream().map(Domain::id).noneMatch(domain::equals)) {
            throw HttpProblems.badRequest("domain '" + domain + "' is not a control domain; known: "
                    + model.domains().stream().map(Domain::id).toList());
        }
        Optional<TenantResource> known = asked.accountId() == null || asked.resourceId() == null
                ? Optional.empty()
                : resources.findByKey(tenantId, String.join("/", asked.accountId(),
                        asked.awsRegion() == null ? "" : asked.awsRegion(), asked.resourceType(), asked.resourceId()));
        ResourceRef resource = known.map(TenantResource::ref).orElse(asked);
        Map<String, String> tags = known.map(r -> r.tags).orElse(Map.of());
        List<Assignment> holding = events.holding(tenantId);
        LocalDate today = Today.utc();
        var side = model.sideOf(resource.resourceType(), domain).map(Responsibility::side).orElse(null);
        return new Resolution(resource, tags, domain, side,
                winner(holding, resource, tags, domain, today, RaciRole.RESPONSIBLE),
                winner(holding, resource, tags, domain, today, RaciRole.ACCOUNTABLE));
    }

    private static Resolution.Winner winner(Collection<Assignment> holding, ResourceRef resource,
            Map<String, String> tags, String domain, LocalDate day, RaciRole role) {
        return OwnerResolver.resolve(holding, resource, tags, domain, day, role)
                .map(won -> new Resolution.Winner(won, why(won, holding, resource, tags, domain, day, role)))
                .orElse(null);
    }

    private static String why(Assignment won, Collection<Assignment> holding, ResourceRef resource,
            Map<String, String> tags, String domain, LocalDate day, RaciRole role) {
        List<Assignment> beaten = holding.stream()
                .filter(a -> a != won && a.role() == role && domain.equals(a.domain()) && a.activeOn(day)
                        && a.scope().matches(resource, tags))
                .toList();
        if (beaten.isEmpty()) {
            return "the only " + role + " assignment of " + domain + " that covers this resource";
        }
        String losers = beaten.stream().map(a -> a.scope().kind())
                .sorted(java.util.Comparator.comparingInt(AssignmentScope.Kind::specificity).reversed())
                .map(Enum::name).distinct()
                .collect(Collectors.joining(", "));
        return "scope " + won.scope().kind() + " beats " + losers;
    }
}
