package io.demarc.inventory.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new tenant.
 *
 * @param id the alias of its Keycloak Organization, the value of the tokens' organization claim; permanent
 * @param domains optional e-mail domains of the organization, passed on to Keycloak
 */
public record TenantCreateRequest(
        @NotNull @Pattern(regexp = ID, message = ID_RULE) String id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20) List<@NotNull @Pattern(regexp = DOMAIN, message = DOMAIN_RULE) String> domains) {

    public static final String ID = "[a-z0-9][a-z0-9-]{1,62}";
    static final String ID_RULE = "must be 2 to 63 lower-case letters, digits or hyphens, starting with a letter or"
            + " digit";
    static final String DOMAIN = "[a-z0-9.-]{1,253}";
    static final String DOMAIN_RULE = "must be a lower-case domain name";
}
