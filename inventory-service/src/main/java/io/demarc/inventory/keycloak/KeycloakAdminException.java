package io.demarc.inventory.keycloak;

/** Keycloak could not be reached or refused an admin call. The message never holds a secret or a token. */
public class KeycloakAdminException extends RuntimeException {

    public KeycloakAdminException(String message, Throwable cause) {
        super(message, cause);
    }
}
