package io.demarc.cli.evidence;

import java.util.ArrayList;
import java.util.List;

/** What {@link PackageVerifier} found: files that check out, problems (each naming its file), and notes. */
public final class VerificationReport {

    private final List<String> verified = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String signer;

    void ok(String path) {
        verified.add(path);
    }

    void problem(String problem) {
        problems.add(problem);
    }

    void note(String note) {
        notes.add(note);
    }

    void signedBy(String signer) {
        this.signer = signer;
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    public List<String> verified() {
        return List.copyOf(verified);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Algorithm and key fingerprint of a signature that held; null when none was checked or it failed. */
    public String signer() {
        return signer;
    }
}
