package io.demarc.catalog.responsibility;

import java.util.List;

/**
 * The responsibility matrix of a set of resource types in use.
 *
 * @param rows one row per known type and domain, by type (canonical spelling) then in domain order
 * @param unknownTypes the types asked for that the model does not know, as given: their responsibilities are unknown
 */
public record Matrix(String version, List<MatrixRow> rows, List<String> unknownTypes) {
}
