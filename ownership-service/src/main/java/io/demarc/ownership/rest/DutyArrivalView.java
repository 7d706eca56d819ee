package io.demarc.ownership.rest;

import java.time.Instant;
import java.util.List;

/**
 * A resource type the tenant started using, and the duties it brought.
 *
 * @param serviceModel IAAS, PAAS, SERVERLESS, ABSTRACTED, or UNKNOWN for a type the catalog does not know
 * @param newDuties the CUSTOMER and SHARED domains of the type, which need owners
 */
public record DutyArrivalView(String resourceType, String serviceModel, Instant arrivedAt, List<String> newDuties) {
}
