package io.demarc.contracts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The responsibility matrix of one resource type of a tenant changed: the tenant started or stopped using the type,
 * or the owners of its cells changed. Carries the type's whole row, so a consumer replaces what it had.
 *
 * @param serviceModel IAAS, PAAS, SERVERLESS, ABSTRACTED or UNKNOWN
 * @param cells every domain of the type; empty for TYPE_REMOVED
 * @param newDuties for TYPE_ADDED: the CUSTOMER and SHARED domains the type brings to the tenant
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatrixChanged(
        String tenantId,
        String resourceType,
        Change change,
        String serviceModel,
        List<MatrixCell> cells,
        List<String> newDuties) implements EventData {

    public static final String TYPE = "io.demarc.ownership.matrix.changed.v1";

    public enum Change {
        TYPE_ADDED, TYPE_REMOVED, OWNERS_CHANGED
    }

    public MatrixChanged {
        cells = cells == null ? List.of() : List.copyOf(cells);
        newDuties = newDuties == null ? List.of() : List.copyOf(newDuties);
    }

    @Override
    public void requireComplete() {
        Fields.require(tenantId, "tenantId");
        Fields.require(resourceType, "resourceType");
        Fields.require(change, "change");
        for (int i = 0; i < cells.size(); i++) {
            MatrixCell cell = cells.get(i);
            Fields.require(cell.domain(), "cells[" + i + "].domain");
            Fields.require(cell.side(), "cells[" + i + "].side");
        }
    }
}
