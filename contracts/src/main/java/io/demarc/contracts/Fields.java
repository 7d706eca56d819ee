package io.demarc.contracts;

/** The presence checks payloads are made of; each failure names the field by its JSON path. */
final class Fields {

    private Fields() {
    }

    /** @throws InvalidEventException when the value is null or, for text, blank */
    static void require(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidEventException(field + " is missing");
        }
    }

    /** @throws InvalidEventException when the reference lacks what identifies a resource */
    static void requireResource(ResourceRef resource, String field) {
        require(resource, field);
        require(resource.accountId(), field + ".accountId");
        require(resource.resourceType(), field + ".resourceType");
        require(resource.resourceId(), field + ".resourceId");
    }
}
