package io.demarc.reporting.evidence.service;

import io.demarc.catalog.frameworks.Framework;

/** {@code README.txt}: what each file of the package holds and how to check it, for whoever opens the ZIP first. */
final class PackageReadme {

    private PackageReadme() {
    }

    static String text(PackageRequest request, Framework framework) {
        return """
                Demarc evidence package
                Tenant:    %s
                Framework: %s (%s, version %s)
                Period:    %s to %s (UTC days, inclusive)

                manifest.json               every other file with its SHA-256 and size, the catalog version,
                                            the generation time and the generator's version
                manifest.sig                signature of manifest.json's exact bytes (only in signed packages)
                signing-key.pub.pem         the public key that made it (only in signed packages)
                posture.json                the framework's figures and each requirement's status on the day
                                            the package was made
                findings.csv, findings.json the findings of the controls citing this framework that were known
                                            before the period ended, in their state when the package was made
                configuration-evidence.json what each control saw on the configuration item, with the item's hash
                responsibility-matrix.json  resource types in use x control domains: AWS, SHARED or CUSTOMER,
                                            the owning team, unowned duties marked
                exceptions.json             risk acceptances in force during the period, with their approvals
                attestations.json           manual requirements proved by attestation during the period
                inherited-requirements.json requirements AWS carries, with the AWS report covering each

                Check it: ./demarc evidence verify PACKAGE.zip --public-key KEY.pem  (the key the MSP gave you)
                """.formatted(request.tenantId(), framework.title(), framework.key(), framework.version(),
                request.from(), request.to());
    }
}
