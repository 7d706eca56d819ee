package io.demarc.reporting.evidence.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** What one package covers: a tenant, a framework and a period of inclusive UTC days. */
public record PackageRequest(UUID packageId, String tenantId, String framework, LocalDate from, LocalDate to) {

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
