package io.demarc.assessment.framework.rest;

/**
 * A framework with how many of its requirements are met each way for the tenant.
 *
 * @param attested attestable requirements with an attestation valid today
 * @param missing attestable requirements without one (an expired attestation counts as missing)
 */
public record FrameworkSummary(String key, String title, String version, int requirements, long inherited,
        long automated, long manual, long attested, long missing) {
}
