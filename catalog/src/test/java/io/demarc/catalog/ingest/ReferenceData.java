package io.demarc.catalog.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's read-only reference data: {@code shared/data} beside the clone, relative to the module directory. */
final class ReferenceData {

    static final Path ROOT = Path.of("..", "..", "shared", "data");
    static final Path CONFIG_ITEMS = ROOT.resolve("aws-config-items");
    static final Path RDK_EXAMPLES = CONFIG_ITEMS.resolve("aws-config-rdk-example_ci");

    private ReferenceData() {
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] configItems(String relativePath) {
        return bytes(CONFIG_ITEMS.resolve(relativePath));
    }

    /** The JSON files of a folder, sorted by name. */
    static List<Path> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
