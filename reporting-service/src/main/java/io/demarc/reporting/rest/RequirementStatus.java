package io.demarc.reporting.rest;

/** Where one requirement stands for a tenant today. */
public enum RequirementStatus {
    /** AWS carries it entirely; its own audit report covers it. */
    INHERITED,
    /** Automated: evaluated, and no control of it fails on any resource except under an approved exception. */
    PASSING,
    /** Automated: at least one control fails on at least one resource without an exception. */
    FAILING,
    /** Manual: an attestation holds today. */
    ATTESTED,
    /** Manual: no attestation, or only expired or withdrawn ones. */
    UNATTESTED,
    /** Automated, but no control of it has judged any resource PASS or FAIL yet. */
    NOT_ASSESSED
}
