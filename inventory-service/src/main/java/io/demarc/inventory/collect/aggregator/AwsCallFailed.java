package io.demarc.inventory.collect.aggregator;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** An AWS call that failed after the SDK's retries, with AWS's own error code and message. */
final class AwsCallFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String errorCode;

    private AwsCallFailed(String operation, String errorCode, String message) {
        super(message);
        this.operation = operation;
        this.errorCode = errorCode;
    }

    static AwsCallFailed of(String operation, SdkException e) {
        if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            return new AwsCallFailed(operation, aws.awsErrorDetails().errorCode(),
                    aws.awsErrorDetails().errorMessage());
        }
        return new AwsCallFailed(operation, "NoAnswer", "no answer from AWS: " + e.getMessage());
    }

    /** @param reason the whole failure, AWS's code included ({@link io.demarc.inventory.collect.RoleAssumer}) */
    static AwsCallFailed assumeRole(String reason) {
        return new AwsCallFailed("AssumeRole", null, reason);
    }

    /** {@code SelectAggregateResourceConfig}, {@code BatchGetAggregateResourceConfig} or {@code AssumeRole}. */
    String operation() {
        return operation;
    }

    /** AWS's error code ({@code AccessDeniedException}), {@code NoAnswer}, or {@code null} when folded in the message. */
    String errorCode() {
        return errorCode;
    }
}
