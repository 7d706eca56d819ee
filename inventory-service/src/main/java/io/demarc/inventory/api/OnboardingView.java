package io.demarc.inventory.api;

import java.util.List;

/**
 * What a tenant's administrator needs to let Demarc into an AWS account: the role to create and the trust it grants.
 *
 * @param externalId the tenant's sts:ExternalId, the same for all its accounts
 * @param mspPrincipalArn the MSP principal the role trusts; null while the server is not configured for onboarding
 * @param cloudFormationTemplate path of the template for one account
 * @param stackSetTemplate path of the template that rolls the role out to a whole AWS Organization
 */
public record OnboardingView(
        String tenantId,
        String roleName,
        List<String> managedPolicyArns,
        String mspPrincipalArn,
        String externalId,
        String cloudFormationTemplate,
        String stackSetTemplate) {
}
