package io.demarc.inventory.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Cross-account access to tenants' AWS accounts. */
@ConfigMapping(prefix = "demarc.aws")
public interface OnboardingConfig {

    /**
     * The principal of the MSP's AWS account that assumes tenants' read-only roles, e.g.
     * {@code arn:aws:iam::111122223333:role/DemarcCollector}; onboarding templates are refused while it is unset.
     */
    Optional<String> mspPrincipalArn();
}
