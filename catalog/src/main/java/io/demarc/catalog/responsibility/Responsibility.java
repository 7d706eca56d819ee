package io.demarc.catalog.responsibility;

/**
 * Who carries one control domain for one resource type.
 *
 * @param domain the domain id
 * @param aws for a SHARED domain, one line saying what AWS does; {@code null} otherwise
 * @param customer for a SHARED domain, one line saying what the customer does; {@code null} otherwise
 * @param overridden whether the resource type overrides its service model's default for this domain
 * @param note why the type differs from its model's default, for an overridden domain; {@code null} otherwise
 */
public record Responsibility(String domain, Side side, ControlClass controlClass, String aws, String customer,
        boolean overridden, String note) {

    /**
     * Who must produce the compliance evidence for this domain. AWS's own attestations (SOC reports, ISO
     * certificates) cover an AWS domain, which the customer inherits; for a CUSTOMER or SHARED domain the evidence of
     * the customer's part is always the customer's, whatever AWS attests for its own part.
     */
    public Side evidence() {
        return side == Side.AWS ? Side.AWS : Side.CUSTOMER;
    }

    /** Whether the customer has a duty here, which ownership must give a named owner. */
    public boolean customerDuty() {
        return side != Side.AWS;
    }
}
