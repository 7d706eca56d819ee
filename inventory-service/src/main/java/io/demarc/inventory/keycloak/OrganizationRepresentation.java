package io.demarc.inventory.keycloak;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Keycloak 26's {@code OrganizationRepresentation}, the fields Demarc sets: the alias is the tenant id (the value of
 * the tokens' organization claim), domains are optional.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OrganizationRepresentation(String name, String alias, Boolean enabled, String description,
        List<Domain> domains) {

    /** {@code OrganizationDomainRepresentation}. */
    public record Domain(String name, boolean verified) {
    }
}
