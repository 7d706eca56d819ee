package io.demarc.cli.evidence;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code demarc evidence verify PACKAGE.zip}: works offline, needs no running Demarc. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Check an evidence package: signed by the key given with --public-key, every file's SHA-256 and size as",
        "manifest.json says, no file missing or added. Fails closed: an unsigned package, or a signature checked",
        "without --public-key, is not verified. --integrity-only checks only that the files match the manifest.",
        "Exit code 0 only when everything holds; 1 otherwise."})
class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PACKAGE.zip", description = "The package to check.")
    Path zip;

    @Option(names = "--public-key", paramLabel = "FILE", description = "The signer's public key (X.509 PEM) you "
            + "were given; the package must then be signed by it.")
    Path publicKey;

    @Option(names = "--integrity-only", description = "Check only that the files match the manifest (with the key"
            + " inside the package when signed): proves the package is undamaged, not who made it.")
    boolean integrityOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(zip)) {
            err.println("error: " + zip + " does not exist or is not a file");
            return 1;
        }
        String keyPem = null;
        if (publicKey != null) {
            if (!Files.isRegularFile(publicKey)) {
                err.println("error: public key " + publicKey + " does not exist or is not a file");
                return 1;
            }
            keyPem = Files.readString(publicKey, StandardCharsets.US_ASCII);
        }
        VerificationReport report = PackageVerifier.verify(zip, keyPem, integrityOnly);
        report.verified().forEach(path -> out.println("ok       " + path));
        report.notes().forEach(note -> out.println("note:    " + note));
        report.problems().forEach(problem -> err.println("FAILED   " + problem));
        if (report.passed()) {
            if (keyPem == null) {
                out.println("INTACT " + zip + ": " + report.verified().size() + " files match the manifest"
                        + (report.signer() == null
                                ? ", not signed"
                                : ", signed by the key in the package ("
                                        + report.signer() + ")")
                        + "; who made it is not checked");
            } else {
                out.println("VERIFIED " + zip + ": " + report.verified().size() + " files intact, signature valid ("
                        + report.signer() + ")");
            }
            return 0;
        }
        err.println("NOT VERIFIED " + zip + ": " + report.problems().size() + " problem(s)");
        return 1;
    }
}
