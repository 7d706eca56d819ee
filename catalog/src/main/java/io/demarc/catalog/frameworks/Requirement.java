package io.demarc.catalog.frameworks;

import java.util.List;

import io.demarc.catalog.responsibility.Side;

/**
 * One requirement of a framework and how it is met.
 *
 * @param id the framework's own identifier, spelled as the controls' references spell it (e.g. {@code 5.2},
 *        {@code EC2.13}, {@code cc_6_1})
 * @param title a short title in our own words
 * @param side who carries it: AWS (inherited), SHARED, CUSTOMER
 * @param fulfilment how the customer's part (if any) is met; derived when the catalog loads
 * @param awsAttestation for INHERITED and SHARED: the AWS report covering AWS's part, e.g.
 *        {@code "AWS SOC 2 Type 2 report (AWS Artifact)"}; null otherwise
 * @param controlIds for AUTOMATED: catalog control ids whose references name this requirement; empty otherwise
 */
public record Requirement(String id, String title, Side side, Fulfilment fulfilment, String awsAttestation,
        List<String> controlIds) {

    public Requirement {
        controlIds = controlIds == null ? List.of() : List.copyOf(controlIds);
    }
}
