package io.demarc.catalog.responsibility;

/** One cell of a responsibility matrix: a resource type in use and who carries one domain for it. */
public record MatrixRow(String resourceType, String service, ServiceModel model, Responsibility responsibility) {
}
