package io.demarc.ownership.rest;

import java.util.List;

/**
 * One page of a tenant's responsibility matrix, by resource type name.
 *
 * @param catalogVersion the version of the responsibility model the sides come from
 * @param items the resource types of this page, each with its row of domains
 * @param total how many resource types the tenant uses
 */
public record MatrixPage(String catalogVersion, List<MatrixTypeView> items, int page, int size, long total,
        long totalPages) {
}
