package io.demarc.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of the distributions the build copied next to the launcher (filled in from the root POM). */
public final class LauncherVersions {

    private static final Properties PROPERTIES = load();

    private LauncherVersions() {
    }

    public static String keycloak() {
        return PROPERTIES.getProperty("keycloak.version");
    }

    public static String kafka() {
        return PROPERTIES.getProperty("kafka.version");
    }

    public static String postgresBinaries() {
        return PROPERTIES.getProperty("postgres.binaries.version");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = LauncherVersions.class.getResourceAsStream("/launcher.properties")) {
            if (in == null) {
                throw new IllegalStateException("launcher.properties is missing from the launcher jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
