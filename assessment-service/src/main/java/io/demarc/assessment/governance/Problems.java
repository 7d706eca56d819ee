package io.demarc.assessment.governance;

/** What the exception, drift and framework APIs put in their problem+json answers. */
public final class Problems {

    private Problems() {
    }

    /** A caller-supplied value fit to echo in a message: printable, short. */
    public static String echo(String value) {
        if (value == null) {
            return "null";
        }
        String safe = value.replaceAll("[^A-Za-z0-9._:/=@+-]", "?");
        return safe.length() > 80 ? safe.substring(0, 80) + "…" : safe;
    }

}
