package io.demarc.assessment.framework.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.frameworks.FrameworkCatalog;
import io.quarkus.runtime.Startup;

/** The frameworks shipped with this build, loaded at startup so that a broken framework file stops the service. */
public class FrameworkCatalogProducer {

    @Produces
    @Singleton
    @Startup
    FrameworkCatalog frameworkCatalog(ControlLibrary library) {
        return FrameworkCatalog.load(library);
    }
}
