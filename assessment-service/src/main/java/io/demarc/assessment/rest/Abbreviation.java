package io.demarc.assessment.rest;

/** Echoes a caller's value in an error message without letting it inject markup or flood the message. */
final class Abbreviation {

    private Abbreviation() {
    }

    static String safe(String value) {
        String safe = value.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 80 ? safe.substring(0, 80) + "…" : safe;
    }
}
