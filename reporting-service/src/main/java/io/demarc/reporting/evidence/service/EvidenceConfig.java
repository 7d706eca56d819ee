package io.demarc.reporting.evidence.service;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "demarc.evidence")
public interface EvidenceConfig {

    /** PKCS#8 PEM private key (Ed25519 or RSA) that signs manifest.json; unset = packages are not signed. */
    Optional<String> signingKey();

    /** X.509 PEM public key put in signed packages; derived from the private key when RSA and unset. */
    Optional<String> signingPublicKey();

    /** Longest period one package may cover. */
    @WithDefault("400")
    int maxPeriodDays();

    /** Packages built at the same time by one replica; more wait in the queue. */
    @WithDefault("2")
    int concurrentJobs();

    /** Packages allowed to wait for a free slot in one replica; beyond that requests get 503. */
    @WithDefault("20")
    int queuedJobs();

    /** A QUEUED or RUNNING package without progress for this long is reported FAILED (its replica went away). */
    @WithDefault("PT15M")
    Duration staleAfter();
}
