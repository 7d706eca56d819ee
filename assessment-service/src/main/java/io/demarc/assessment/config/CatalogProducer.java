package io.demarc.assessment.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.engine.CelRuleEngine;
import io.demarc.catalog.engine.RuleEngine;
import io.quarkus.runtime.Startup;

/**
 * The control catalog shipped with this build and the engine over it. Loaded at startup, so a broken catalog stops
 * the service before it consumes anything instead of failing every evaluation.
 */
public class CatalogProducer {

    @Produces
    @Singleton
    @Startup
    ControlLibrary controlLibrary() {
        return ControlLibrary.load();
    }

    @Produces
    @Singleton
    RuleEngine ruleEngine(ControlLibrary library) {
        return new CelRuleEngine(library);
    }
}
