package io.demarc.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One domain of one resource type in a tenant's responsibility matrix.
 *
 * @param side AWS, SHARED or CUSTOMER
 * @param controlClass INHERITED, SHARED or CUSTOMER_SPECIFIC
 * @param owner the RESPONSIBLE team at tenant or resource-type scope today; null when AWS's or unowned
 * @param unowned true for a CUSTOMER or SHARED cell without an owner
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatrixCell(String domain, String side, String controlClass, TeamRef owner, boolean unowned) {
}
