package io.demarc.catalog.responsibility;

/**
 * A control domain, such as {@code guest-os-patching}.
 *
 * @param id the canonical id used everywhere (API, events, controls)
 * @param description one line saying what the domain covers
 */
public record Domain(String id, String name, String description) {
}
