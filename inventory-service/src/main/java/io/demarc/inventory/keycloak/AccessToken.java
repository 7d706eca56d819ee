package io.demarc.inventory.keycloak;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The part of a token response the admin calls need. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessToken(@JsonProperty("access_token") String accessToken) {

    /** Without the token itself. */
    @Override
    public String toString() {
        return "AccessToken[...]";
    }
}
