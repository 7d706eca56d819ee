package io.demarc.contracts;

/**
 * The data of a Demarc event. Each payload states once, here in the contract, what every consumer may rely on, so
 * consumers do not re-check events each in their own way and cannot disagree about what is poison.
 */
public interface EventData {

    /** The tenant the data belongs to; must be the envelope's {@code tenantid}. */
    String tenantId();

    /**
     * Checks the fields consumers rely on: the ones the payload's JSON Schema requires and any a consumer needs.
     *
     * @throws InvalidEventException naming the first field that is missing or invalid
     */
    void requireComplete();
}
