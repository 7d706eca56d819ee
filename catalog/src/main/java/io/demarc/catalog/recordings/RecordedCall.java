package io.demarc.catalog.recordings;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One recorded AWS API call: file {@code <endpoint>.<Operation>_<sequence>.json}.
 *
 * @param endpoint the service's endpoint prefix as botocore names it ({@code ec2}, {@code s3}, {@code monitoring})
 * @param operation the API operation ({@code DescribeSecurityGroups})
 * @param sequence 1 for the first call of the operation, 2 for the second, ...
 * @param statusCode the HTTP status (200 for plain AWS CLI output, which records only successes)
 * @param data the response, datetimes decoded into ISO-8601 instants
 * @param answeredAt when AWS answered (the response's recorded HTTP {@code date} header), or {@code null}
 * @param writtenAt when the recording file was last modified, or {@code null}
 */
public record RecordedCall(String endpoint, String operation, int sequence, int statusCode, JsonNode data,
        Instant answeredAt, Instant writtenAt) {

    public boolean failed() {
        return statusCode >= 400;
    }

    /** The AWS error code of a failed call ({@code AccessDenied}, {@code NoSuchEntity}), or {@code null}. */
    public String errorCode() {
        JsonNode code = data.path("Error").path("Code");
        return code.isValueNode() ? code.asText() : null;
    }

    public String errorMessage() {
        JsonNode message = data.path("Error").path("Message");
        return message.isValueNode() ? message.asText() : null;
    }

    /** {@code ec2.DescribeSecurityGroups}. */
    public String name() {
        return endpoint + "." + operation;
    }

    @Override
    public String toString() {
        return name() + "_" + sequence;
    }
}
