package io.demarc.reporting.export;

/**
 * A finding with the configuration evidence behind it: what the control saw on the configuration item. With the
 * item's hash in the row, an auditor can tie the finding to the exact configuration it judged.
 *
 * @param evidenceJson the evidence object as JSON text; null when the control recorded none
 */
public record FindingEvidence(FindingRow row, String evidenceJson) {

    public static FindingEvidence of(FindingRow row, String evidenceJson) {
        return new FindingEvidence(row, evidenceJson);
    }
}
