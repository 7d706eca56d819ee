package io.demarc.ownership.service;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.catalog.responsibility.Domain;
import io.demarc.catalog.responsibility.Responsibility;
import io.demarc.catalog.responsibility.ResponsibilityModel;
import io.demarc.catalog.responsibility.ServiceModel;
import io.demarc.service.rest.HttpProblems;

/** Which control domains can be given to a team: those where the customer has a duty for some service model. */
@ApplicationScoped
public class DomainRules {

    @Inject
    ResponsibilityModel model;

    private Set<String> known;
    private Set<String> ownable;

    @PostConstruct
    void load() {
        known = model.domains().stream().map(Domain::id).collect(Collectors.toCollection(TreeSet::new));
        Stream<Responsibility> defaults = Arrays.stream(ServiceModel.values()).flatMap(m -> model.defaults(m).stream());
        Stream<Responsibility> perType = model.types().stream()
                .flatMap(t -> model.responsibilities(t.type()).orElseThrow().stream());
        ownable = Stream.concat(defaults, perType).filter(Responsibility::customerDuty).map(Responsibility::domain)
                .collect(Collectors.toSet());
    }

    /** @throws io.quarkiverse.resteasy.problem.HttpProblem 400 for an unknown domain or one that is AWS's everywhere */
    public void requireOwnable(String domain) {
        if (domain == null || !known.contains(domain)) {
            throw HttpProblems.badRequest("domain '" + domain + "' is not a control domain; known: " + known);
        }
        if (!ownable.contains(domain)) {
            throw HttpProblems
                    .badRequest("domain '" + domain + "' is AWS's for every service model: the customer has no"
                            + " duty there for a team to own");
        }
    }
}
