package io.demarc.contracts;

/** Kafka topic names. Every topic has a dead-letter companion named {@code <topic>.dlq}. */
public final class Topics {

    public static final String INVENTORY_ACCOUNTS = "demarc.inventory.accounts.v1";
    public static final String INVENTORY_RESOURCES = "demarc.inventory.resources.v1";
    public static final String OWNERSHIP_ASSIGNMENTS = "demarc.ownership.assignments.v1";
    public static final String ASSESSMENT_FINDINGS = "demarc.assessment.findings.v1";

    private Topics() {
    }

    /** The dead-letter topic where messages that cannot be processed from {@code topic} are parked. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
