package io.demarc.reporting.evidence.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.Requirement;
import io.demarc.catalog.responsibility.Side;
import io.demarc.reporting.evidence.repository.EvidenceRecords;
import io.demarc.reporting.export.FindingRowReader;
import io.demarc.reporting.export.FindingScope;
import io.demarc.reporting.rest.FrameworkPosture;
import io.demarc.reporting.service.MatrixQueries;
import io.demarc.reporting.service.PostureService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes one evidence package: every document in turn into a hashed ZIP, then the manifest listing them, then the
 * signature over the manifest. Reads only the read models and the catalog; changes nothing.
 */
@ApplicationScoped
public class EvidencePackageBuilder {

    private static final Logger LOG = Logger.getLogger(EvidencePackageBuilder.class);

    /** The listed files, in the order they are written; their names are the step names progress reports. */
    public static final List<String> FILES = List.of("README.txt", "posture.json", "findings.csv",
            "findings.json", "configuration-evidence.json", "responsibility-matrix.json", "exceptions.json",
            "attestations.json", "inherited-requirements.json");
    /** The listed files, then the manifest (with its signature). */
    public static final int STEPS = FILES.size() + 1;

    @Inject
    PostureService posture;

    @Inject
    MatrixQueries matrix;

    @Inject
    EvidenceRecords records;

    @Inject
    FindingRowReader findings;

    @Inject
    ControlLibrary controls;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    ManifestSigning signing;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
    String generatorVersion;

    /**
     * @param progress told the name of each step as it starts
     * @return the ZIP's bytes
     */
    public byte[] build(PackageRequest request, Consumer<String> progress) {
        Framework framework = posture.framework(request.framework());
        FindingScope scope = new FindingScope(request.tenantId(), framework.key(), controlIds(framework),
                request.end());
        ObjectWriter pretty = mapper.writerWithDefaultPrettyPrinter()
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        Optional<ManifestSigner> signer = signing.signer();
        try (PackageZip zip = new PackageZip()) {
            step(zip, progress, "README.txt", out -> out.write(PackageReadme.text(request, framework)
                    .getBytes(StandardCharsets.UTF_8)));
            step(zip, progress, "posture.json", out -> pretty.writeValue(out, posture(request, framework)));
            // One read of the findings feeds three files: the CSV goes straight into the ZIP, the two JSON files
            // into temporary files that follow it, so 200,000 findings are read from the database once, not three times.
            try (SpillFiles spill = new SpillFiles()) {
                step(zip, progress, "findings.csv", out -> new FindingFiles(mapper, findings).write(scope, out, spill));
                step(zip, progress, "findings.json", spill::copyFindingsTo);
                step(zip, progress, "configuration-evidence.json", spill::copyEvidenceTo);
            }
            step(zip, progress, "responsibility-matrix.json",
                    out -> pretty.writeValue(out, QuarkusTransaction.requiringNew()
                            .call(() -> matrix.matrix(request.tenantId()))));
            step(zip, progress, "exceptions.json", out -> pretty.writeValue(out, QuarkusTransaction.requiringNew()
                    .call(() -> records.exceptions(request.tenantId(), request.start(), request.end()).stream()
                            .map(PackageDocuments.ExceptionEntry::of).toList())));
            step(zip, progress, "attestations.json", out -> pretty.writeValue(out, QuarkusTransaction.requiringNew()
                    .call(() -> records.attestations(request.tenantId(), framework.key(), request.from(),
                            request.to()).stream().map(PackageDocuments.AttestationEntry::of).toList())));
            step(zip, progress, "inherited-requirements.json", out -> pretty.writeValue(out, inherited(framework)));
            progress.accept(Manifest.FILE_NAME);
            Manifest manifest = manifest(request, framework, zip.entries(), signer);
            byte[] manifestBytes = pretty.writeValueAsBytes(manifest);
            zip.addUnlisted(Manifest.FILE_NAME, manifestBytes);
            signer.ifPresent(s -> {
                zip.addUnlisted(Manifest.SIGNATURE_FILE, (Base64.getEncoder()
                        .encodeToString(s.sign(manifestBytes)) + "\n").getBytes(StandardCharsets.US_ASCII));
                zip.addUnlisted(Manifest.PUBLIC_KEY_FILE, s.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
            });
            return zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether packages built now are signed. */
    public boolean signs() {
        return signing.signer().isPresent();
    }

    private void step(PackageZip zip, Consumer<String> progress, String file, PackageZip.EntryWriter writer) {
        progress.accept(file);
        long start = System.nanoTime();
        zip.add(file, writer);
        LOG.debugf("evidence package step %s took %d ms", file, (System.nanoTime() - start) / 1_000_000);
    }

    private PackageDocuments.Posture posture(PackageRequest request, Framework framework) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var report = posture.posture(request.tenantId(), null);
            FrameworkPosture summary = report.frameworks().stream()
                    .filter(f -> f.framework().equals(framework.key())).findFirst().orElseThrow();
            return new PackageDocuments.Posture(report.asOf(), summary,
                    posture.requirements(request.tenantId(), null, framework.key()));
        });
    }

    private static List<PackageDocuments.InheritedEntry> inherited(Framework framework) {
        return framework.requirements().stream()
                .filter(r -> r.side() == Side.AWS || (r.side() == Side.SHARED && r.awsAttestation() != null))
                .map(PackageDocuments.InheritedEntry::of).toList();
    }

    private Manifest manifest(PackageRequest request, Framework framework, List<Manifest.FileEntry> files,
            Optional<ManifestSigner> signer) {
        Manifest.Signature signature = signer.map(s -> new Manifest.Signature(s.algorithm(), s.publicKeySha256(),
                Manifest.SIGNATURE_FILE, Manifest.PUBLIC_KEY_FILE)).orElse(null);
        return new Manifest(Manifest.FORMAT_VERSION, request.packageId().toString(), request.tenantId(),
                new Manifest.FrameworkRef(framework.key(), framework.title(), framework.version()),
                new Manifest.Period(request.from(), request.to()), Instant.now(clock), controls.version(),
                new Manifest.Generator("demarc reporting-service", generatorVersion), signature, files);
    }

    private static Set<String> controlIds(Framework framework) {
        Set<String> ids = new HashSet<>();
        for (Requirement requirement : framework.requirements()) {
            ids.addAll(requirement.controlIds());
        }
        return ids;
    }

}
