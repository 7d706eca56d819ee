package io.demarc.reporting.rest;

/**
 * A control with open failures in a tenant (or one account), for "top failing controls".
 *
 * @param title the catalog's title; null for a tenant's own control (its id says which)
 * @param severity the catalog's severity; null for a tenant's own control
 * @param failing open failures (FAIL without an approved exception)
 * @param excepted failures an approved exception accepts
 * @param passing resources the control passes
 */
public record FailingControl(String controlId, String title, String severity, long failing, long excepted,
        long passing) {
}
