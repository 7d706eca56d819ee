package io.demarc.contracts;

/** The part a team plays for a duty. Findings go to the RESPONSIBLE team; the ACCOUNTABLE one answers for it. */
public enum RaciRole {
    RESPONSIBLE, ACCOUNTABLE
}
