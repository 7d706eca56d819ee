package io.demarc.catalog.frameworks;

/** How a requirement is met for a tenant: by AWS, by the catalog's controls, or by an attestation the tenant uploads. */
public enum Fulfilment {
    /** AWS carries the whole requirement; its own audit report covers it. */
    INHERITED,
    /** At least one catalog control cites the requirement, so findings show whether the customer's part is done. */
    AUTOMATED,
    /** No control can see it: the customer proves it with an attestation (evidence file, attestor, validity). */
    MANUAL
}
