package io.demarc.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL refuses to run as root. As root we run its binaries through {@code unshare -U}: in a new user namespace
 * without a uid mapping the process sees itself (and root-owned files) as the overflow user, so the check passes,
 * while the kernel still grants it the owner's access to our files. This is how zonky's EmbeddedPostgres does it too.
 */
final class RootWorkaround {

    private static volatile List<String> prefix;

    private RootWorkaround() {
    }

    /** The command prefix for PostgreSQL binaries: empty for normal users, {@code unshare -U} for root. */
    static List<String> commandPrefix() {
        List<String> cached = prefix;
        if (cached == null) {
            cached = isRoot() ? unsharePrefix() : List.of();
            prefix = cached;
        }
        return cached;
    }

    static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static List<String> unsharePrefix() {
        try {
            Process probe = new ProcessBuilder("unshare", "-U", "id", "-u").redirectErrorStream(true).start();
            if (probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                String uid = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!uid.equals("0")) {
                    return List.of("unshare", "-U");
                }
            }
        } catch (IOException e) {
            // unshare is missing: reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new LauncherException("PostgreSQL refuses to run as root, and 'unshare -U' (util-linux) is not usable "
                + "here to work around it. Run ./demarc as a normal user.");
    }
}
