package io.demarc.catalog.recordings;

/**
 * A call that failed, so that what it would have said is unknown (AccessDenied, throttling, ...). A gap is not a fact
 * about the account: a control must not pass or fail on it.
 *
 * @param service the endpoint prefix ({@code s3})
 * @param operation the API operation ({@code GetPublicAccessBlock})
 * @param sequence the call's number
 * @param resource the resource the call was about, when known, else {@code null}
 */
public record CollectionGap(String service, String operation, int sequence, int statusCode, String errorCode,
        String message, String resource) {

    static CollectionGap of(RecordedCall call, String resource) {
        return new CollectionGap(call.endpoint(), call.operation(), call.sequence(), call.statusCode(),
                call.errorCode(), call.errorMessage(), resource);
    }
}
