/**
 * The responsibility model: for each AWS Config resource type, who carries each control domain (AWS, SHARED or the
 * CUSTOMER), loaded from {@code catalog/responsibility/*.json} by {@link io.demarc.catalog.responsibility.ResponsibilityModel}.
 *
 * <ul>
 * <li>{@code domains.json}: the control domains, with their canonical ids.</li>
 * <li>{@code service-models.json}: for IAAS, PAAS, SERVERLESS and ABSTRACTED, the default side and control class of
 * every domain, with one line each for what AWS and the customer do in a SHARED domain; and AWS's three shared
 * controls, each with the domains it spans.</li>
 * <li>{@code resource-types.json}: each type's AWS service and service model, and overrides (with a note saying why)
 * where the model's default is wrong for the type.</li>
 * </ul>
 *
 * <p>
 * Patch management is one of AWS's shared controls rather than a domain of its own. It spans {@code host-os} (AWS's
 * for every type), {@code guest-os-patching}, {@code platform-runtime} and {@code application-code} (the customer's for
 * every type), so it resolves to SHARED for every type, while the domains themselves keep a single side: the guest
 * operating system of an EC2 instance, its patches included, is the customer's alone; that of an RDS instance is
 * AWS's. Configuration management and awareness and training are both shared controls and domains, SHARED in every
 * model. Compliance evidence follows the side: the customer proves every CUSTOMER or SHARED domain
 * ({@link io.demarc.catalog.responsibility.Responsibility#evidence()}).
 */
package io.demarc.catalog.responsibility;
