package io.demarc.reporting.evidence.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two temporary files that hold findings.json and configuration-evidence.json while findings.csv is written into the
 * ZIP from the same read of the findings; deleted on close.
 */
final class SpillFiles implements AutoCloseable {

    private final Path findingsFile;
    private final Path evidenceFile;
    private OutputStream findings;
    private OutputStream evidence;

    SpillFiles() {
        try {
            findingsFile = Files.createTempFile("evidence-findings-", ".json");
            evidenceFile = Files.createTempFile("evidence-configuration-", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the package's temporary files", e);
        }
    }

    OutputStream findings() throws IOException {
        findings = new BufferedOutputStream(Files.newOutputStream(findingsFile), 1 << 16);
        return findings;
    }

    OutputStream evidence() throws IOException {
        evidence = new BufferedOutputStream(Files.newOutputStream(evidenceFile), 1 << 16);
        return evidence;
    }

    void copyFindingsTo(OutputStream out) throws IOException {
        findings.close();
        Files.copy(findingsFile, out);
    }

    void copyEvidenceTo(OutputStream out) throws IOException {
        evidence.close();
        Files.copy(evidenceFile, out);
    }

    @Override
    public void close() {
        try {
            if (findings != null) {
                findings.close();
            }
            if (evidence != null) {
                evidence.close();
            }
            Files.deleteIfExists(findingsFile);
            Files.deleteIfExists(evidenceFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
