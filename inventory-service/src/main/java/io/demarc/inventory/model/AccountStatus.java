package io.demarc.inventory.model;

/** How assuming the account's read-only role went: not tried yet, worked last time, or failed last time. */
public enum AccountStatus {
    PENDING, VERIFIED, FAILING
}
