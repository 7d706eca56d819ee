package io.demarc.ownership.rest;

import java.util.List;

import io.demarc.catalog.responsibility.ServiceModel;

/**
 * A resource type a tenant uses and who carries each control domain for it.
 *
 * @param known whether the responsibility model knows the type; an unknown type has no service, model or domains
 * @param service the AWS service, such as {@code Amazon S3}
 * @param resourceCount how many resources of the type exist now
 * @param domains every control domain, in canonical order
 */
public record MatrixTypeView(String resourceType, boolean known, String service, ServiceModel serviceModel,
        long resourceCount, List<MatrixCellView> domains) {
}
