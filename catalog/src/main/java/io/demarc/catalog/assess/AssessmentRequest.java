package io.demarc.catalog.assess;

import java.nio.file.Path;
import java.util.List;

/**
 * What to assess.
 *
 * @param inputs AWS Config item files (any shape) and recorded API responses (directories or zips); at least one
 * @param accountId the account where the data does not say; may be null
 * @param region the region where the data does not say, and the region of account-scoped results when no item
 *        names one; may be null
 * @param framework only controls citing this framework key (e.g. {@code cis-aws-3.0}); null for all
 * @param state which state of a resource seen more than once to judge
 */
public record AssessmentRequest(List<Path> inputs, String accountId, String region, String framework,
        RecordedState state) {

    public AssessmentRequest {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input is needed");
        }
        inputs = List.copyOf(inputs);
        state = state == null ? RecordedState.LAST : state;
    }

    public static AssessmentRequest of(Path... inputs) {
        return new AssessmentRequest(List.of(inputs), null, null, null, RecordedState.LAST);
    }
}
