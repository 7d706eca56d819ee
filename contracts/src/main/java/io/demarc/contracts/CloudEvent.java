package io.demarc.contracts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode. {@code tenantid} is a CloudEvents extension attribute: every
 * event names the tenant it belongs to, and consumers never take the tenant from anywhere else.
 *
 * @param <T> the payload type, one of the records in this package
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        String tenantid,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
}
