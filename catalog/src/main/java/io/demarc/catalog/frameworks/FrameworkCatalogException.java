package io.demarc.catalog.frameworks;

/** Framework data that cannot be used: the message names the file and the requirement, and says what is wrong. */
public class FrameworkCatalogException extends RuntimeException {

    public FrameworkCatalogException(String message) {
        super(message);
    }

    public FrameworkCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
