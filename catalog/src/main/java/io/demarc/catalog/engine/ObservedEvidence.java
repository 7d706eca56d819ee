package io.demarc.catalog.engine;

/** When the engine runs a control's evidence expression: it costs about as much as the decision itself. */
public enum ObservedEvidence {
    /** On every decided evaluation, PASS and FAIL: what the service records as proof either way. */
    ALWAYS,
    /** Only to explain a FAIL: enough for reports that list what is wrong (the offline assessment). */
    ON_FAILURE
}
