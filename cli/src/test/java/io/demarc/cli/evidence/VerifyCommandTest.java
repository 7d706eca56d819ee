package io.demarc.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.demarc.cli.DemarcCli;

import picocli.CommandLine;

/** {@code demarc evidence verify}: exit 0 only for an intact package, and every problem names its file. */
class VerifyCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void refusesAnUnsignedPackageUnlessOnlyIntegrityIsAskedFor() throws Exception {
        Path zip = new PackageBuilder().write(dir, Map.of());
        assertThat(run(zip)).isEqualTo(1);
        assertThat(err.toString()).contains("NOT SIGNED", "NOT VERIFIED");
        assertThat(out.toString()).doesNotContain("VERIFIED ");

        assertThat(run(zip, "--integrity-only")).isZero();
        assertThat(out.toString()).contains("ok       findings.csv", "INTACT", "3 files match", "not signed",
                "who made it is not checked");
    }

    @Test
    void anUnsignedPackageRewrittenWithItsManifestIsNotVerified() throws Exception {
        PackageBuilder builder = new PackageBuilder();
        builder.files.put("findings.csv", "finding_id,status\nx-ssh,PASS\n".getBytes(StandardCharsets.UTF_8));
        Path forged = builder.write(dir, Map.of());
        assertThat(run(forged)).isEqualTo(1);
        assertThat(err.toString()).contains("NOT SIGNED");
    }

    @Test
    void aPackageResignedWithAnAttackersKeyIsNotVerifiedWithoutTheTrustedKey() throws Exception {
        KeyPair attacker = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair trusted = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path zip = new PackageBuilder().signedBy(attacker, "Ed25519").write(dir, Map.of());
        assertThat(run(zip)).isEqualTo(1);
        assertThat(err.toString()).contains("SIGNATURE not trusted: no --public-key given");
        assertThat(run(zip, "--public-key", key(trusted).toString())).isEqualTo(1);
    }

    @Test
    void oneChangedByteFailsAndNamesTheFile() throws Exception {
        PackageBuilder builder = new PackageBuilder();
        byte[] changed = builder.files.get("findings.csv").clone();
        changed[changed.length - 3] = 'X';
        Path zip = builder.write(dir, Map.of("findings.csv", changed));
        assertThat(run(zip)).isEqualTo(1);
        assertThat(err.toString()).contains("FAILED   CHANGED findings.csv: SHA-256 is", "NOT VERIFIED")
                .doesNotContain("posture.json");
        assertThat(out.toString()).contains("ok       posture.json", "ok       exceptions.json");
    }

    @Test
    void namesMissingAndExtraFiles() throws Exception {
        PackageBuilder builder = new PackageBuilder();
        builder.extra.put("smuggled.txt", "hello".getBytes(StandardCharsets.UTF_8));
        String manifest = builder.manifest();
        builder.files.remove("exceptions.json");
        builder.manifestAfterSigning = manifest;
        Path zip = builder.write(dir, Map.of());
        assertThat(run(zip)).isEqualTo(1);
        assertThat(err.toString()).contains("MISSING exceptions.json", "EXTRA smuggled.txt");
    }

    @Test
    void checksAnEd25519SignatureWithTheGivenKey() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path zip = new PackageBuilder().signedBy(keys, "Ed25519").write(dir, Map.of());
        assertThat(run(zip, "--public-key", key(keys).toString())).isZero();
        assertThat(out.toString()).contains("VERIFIED", "signature valid (Ed25519 key");
    }

    @Test
    void checksAnRsaSignatureWithTheKeyInThePackageAndSaysWhatThatProves() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        Path zip = new PackageBuilder().signedBy(rsa.generateKeyPair(), "SHA256withRSA").write(dir, Map.of());
        assertThat(run(zip, "--integrity-only")).isZero();
        assertThat(out.toString()).contains("INTACT", "signed by the key in the package (SHA256withRSA key",
                "not who made it");
    }

    @Test
    void refusesASignatureByAnotherKey() throws Exception {
        KeyPair signer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair expected = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path zip = new PackageBuilder().signedBy(signer, "Ed25519").write(dir, Map.of());
        assertThat(run(zip, "--public-key", key(expected).toString())).isEqualTo(1);
        assertThat(err.toString()).contains("SIGNATURE does not match manifest.json", "key mismatch");
    }

    @Test
    void refusesAManifestEditedAfterSigning() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        PackageBuilder builder = new PackageBuilder().signedBy(keys, "Ed25519");
        builder.manifestAfterSigning = builder.manifest().replace("\"acme\"", "\"other\"");
        Path zip = builder.write(dir, Map.of());
        assertThat(run(zip, "--public-key", key(keys).toString())).isEqualTo(1);
        assertThat(err.toString()).contains("SIGNATURE does not match manifest.json");
    }

    @Test
    void requiresASignatureWhenAKeyIsGiven() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path zip = new PackageBuilder().write(dir, Map.of());
        assertThat(run(zip, "--public-key", key(keys).toString())).isEqualTo(1);
        assertThat(err.toString()).contains("SIGNATURE missing");
    }

    @Test
    void saysClearlyWhenTheFileIsNotAPackage() throws Exception {
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        assertThat(run(notZip)).isEqualTo(1);
        assertThat(err.toString()).contains("is not a readable ZIP file");
        assertThat(run(dir.resolve("absent.zip"))).isEqualTo(1);
        assertThat(err.toString()).contains("absent.zip does not exist");
    }

    private Path key(KeyPair keys) throws Exception {
        return Files.writeString(dir.resolve("key-" + System.nanoTime() + ".pem"), PackageBuilder.pem(keys));
    }

    private int run(Path zip, String... options) {
        List<String> args = new ArrayList<>(List.of("evidence", "verify", zip.toString()));
        args.addAll(List.of(options));
        CommandLine cli = new CommandLine(new DemarcCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args.toArray(String[]::new));
    }
}
