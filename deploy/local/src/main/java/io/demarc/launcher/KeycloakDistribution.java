package io.demarc.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The Keycloak server the build copied as a zip, unpacked once under {@code $DEMARC_HOME/keycloak/}. */
final class KeycloakDistribution {

    private KeycloakDistribution() {
    }

    /** Throws if the server is neither unpacked nor available as the zip the build copies. */
    static void requireAvailable(Path launcherBuildDir, Path keycloakDir) {
        String version = LauncherVersions.keycloak();
        if (!Files.exists(keycloakDir.resolve("keycloak-" + version).resolve(".complete"))
                && !Files.isRegularFile(zip(launcherBuildDir, version))) {
            throw missingZip(launcherBuildDir, version);
        }
    }

    private static Path zip(Path launcherBuildDir, String version) {
        return launcherBuildDir.resolve("keycloak").resolve("keycloak-quarkus-dist-" + version + ".zip");
    }

    private static LauncherException missingZip(Path launcherBuildDir, String version) {
        return new LauncherException("The Keycloak distribution is missing (" + zip(launcherBuildDir, version)
                + "). Build the launcher first: ./mvnw -DskipTests install");
    }

    /** Returns the server directory ({@code keycloak-<version>}), unpacking the zip on first use. */
    static Path ensureUnpacked(Path launcherBuildDir, Path keycloakDir) {
        String version = LauncherVersions.keycloak();
        Path server = keycloakDir.resolve("keycloak-" + version);
        if (Files.exists(server.resolve(".complete"))) {
            return server;
        }
        Path zip = zip(launcherBuildDir, version);
        if (!Files.isRegularFile(zip)) {
            throw missingZip(launcherBuildDir, version);
        }
        Path staging = keycloakDir.resolve(".unpacking");
        try {
            PostgresBinaries.deleteRecursively(staging);
            PostgresBinaries.deleteRecursively(server);
            Files.createDirectories(staging);
            unzip(zip, staging);
            Path unpacked = staging.resolve("keycloak-" + version);
            Files.createFile(unpacked.resolve(".complete"));
            // Moved into place only when complete: an interrupted unpack is redone, never half used.
            Files.move(unpacked, server, StandardCopyOption.ATOMIC_MOVE);
            PostgresBinaries.deleteRecursively(staging);
            return server;
        } catch (IOException e) {
            throw new LauncherException("Cannot unpack Keycloak into " + keycloakDir + ": " + e.getMessage(), e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Zip entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                // Zip entries carry no Unix mode we can read here; the scripts in bin/ must be executable.
                if (destination.getParent().getFileName().toString().equals("bin")
                        && destination.getFileName().toString().endsWith(".sh")) {
                    Files.setPosixFilePermissions(destination, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }
}
