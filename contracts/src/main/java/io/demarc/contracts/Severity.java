package io.demarc.contracts;

/** Severity of a control, in the vocabulary of AWS Security Hub. */
public enum Severity {
    INFORMATIONAL, LOW, MEDIUM, HIGH, CRITICAL
}
