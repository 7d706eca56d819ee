package io.demarc.assessment.exception.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "demarc.exceptions")
public interface ExceptionsConfig {

    /** The longest an exception may run: risk is accepted for a while, then looked at again. */
    @WithDefault("P365D")
    Duration maxDuration();

    /** How often the expiry job runs (a Quarkus scheduler period such as {@code 1m}; {@code off} stops it). */
    @WithDefault("1m")
    String expiryCheck();

    /** How many due exceptions one run of the expiry job closes; the rest wait for the next run. */
    @WithDefault("500")
    int expiryBatch();
}
