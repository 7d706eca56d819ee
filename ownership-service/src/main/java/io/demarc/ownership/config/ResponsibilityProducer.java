package io.demarc.ownership.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.demarc.catalog.responsibility.ResponsibilityModel;
import io.quarkus.runtime.Startup;

/**
 * The responsibility model shipped with this build. Loaded once at startup, so broken data stops the service before
 * it answers anything instead of failing every matrix request.
 */
public class ResponsibilityProducer {

    @Produces
    @Singleton
    @Startup
    ResponsibilityModel responsibilityModel() {
        return ResponsibilityModel.load();
    }
}
