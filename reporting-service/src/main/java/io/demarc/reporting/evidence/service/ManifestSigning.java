package io.demarc.reporting.evidence.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

/** The signer of this replica, if a signing key is configured; read at startup so a bad key stops the start. */
@ApplicationScoped
@Startup
public class ManifestSigning {

    private final Optional<ManifestSigner> signer;

    @Inject
    public ManifestSigning(EvidenceConfig config) {
        this.signer = config.signingKey().filter(pem -> !pem.isBlank())
                .map(pem -> ManifestSigner.of(pem, config.signingPublicKey()));
    }

    public Optional<ManifestSigner> signer() {
        return signer;
    }
}
