package io.demarc.inventory.service;

import java.time.Instant;

/**
 * How one attempt to assume an account's read-only role went.
 *
 * @param failureReason what AWS answered, e.g. "AccessDenied: ... not authorized to perform: sts:AssumeRole"; null
 *        when it worked
 */
public record AssumeRoleOutcome(boolean succeeded, String failureReason, Instant at) {

    public static AssumeRoleOutcome success(Instant at) {
        return new AssumeRoleOutcome(true, null, at);
    }

    public static AssumeRoleOutcome failure(String reason, Instant at) {
        return new AssumeRoleOutcome(false, reason, at);
    }
}
