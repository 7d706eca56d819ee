package io.demarc.reporting.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.frameworks.FrameworkCatalog;
import io.demarc.catalog.responsibility.ResponsibilityModel;

/**
 * The catalog version this build ships: frameworks (requirements and the controls that meet them) and the
 * responsibility model (domains, service model of each resource type). Loaded once; the catalog is immutable.
 */
@ApplicationScoped
public class CatalogProducer {

    @Produces
    @Singleton
    ControlLibrary controlLibrary() {
        return ControlLibrary.load();
    }

    @Produces
    @Singleton
    FrameworkCatalog frameworkCatalog(ControlLibrary controls) {
        return FrameworkCatalog.load(controls);
    }

    @Produces
    @Singleton
    ResponsibilityModel responsibilityModel() {
        return ResponsibilityModel.load();
    }
}
