package io.demarc.reporting.rest;

import java.util.List;

import io.demarc.contracts.TeamRef;

/**
 * A tenant's responsibility matrix: the resource types it uses × the control domains.
 *
 * @param domains the column order, the catalog's canonical domain order
 * @param unownedDuties CUSTOMER and SHARED cells nobody owns
 */
public record MatrixView(String tenantId, List<String> domains, List<Row> types, long unownedDuties) {

    /**
     * @param serviceModel IAAS, PAAS, SERVERLESS, ABSTRACTED or UNKNOWN
     * @param resources live resources of the type across the tenant's accounts
     */
    public record Row(String resourceType, String serviceModel, long resources, List<Cell> cells) {
    }

    /**
     * @param side AWS, SHARED or CUSTOMER
     * @param owner the RESPONSIBLE team; null when AWS's or unowned
     */
    public record Cell(String domain, String side, String controlClass, TeamRef owner, boolean unowned) {
    }
}
