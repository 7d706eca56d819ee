package io.demarc.ownership.service;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Assignment periods are whole days in UTC, as {@link io.demarc.contracts.Assignment} defines them. */
public final class Today {

    private Today() {
    }

    public static LocalDate utc() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
