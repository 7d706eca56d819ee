package io.demarc.assessment.service;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.catalog.responsibility.Domain;
import io.demarc.catalog.responsibility.ResponsibilityModel;

/** The responsibility domains of the catalog: a custom control must belong to one of them. */
@ApplicationScoped
public class ControlDomains {

    private final Set<String> ids = ResponsibilityModel.load().domains().stream().map(Domain::id)
            .collect(Collectors.toUnmodifiableSet());

    public boolean exists(String domain) {
        return domain != null && ids.contains(domain);
    }

    public Set<String> ids() {
        return ids;
    }
}
