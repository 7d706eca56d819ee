package io.demarc.ownership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is making the current request, for the assignment history. */
@ApplicationScoped
public class CurrentActor {

    @Inject
    SecurityIdentity identity;

    /** The principal name, which Quarkus OIDC takes from {@code preferred_username}, else the subject. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
