package io.demarc.inventory.service;

/** A token bucket: {@code capacity} tokens, refilled continuously at {@code perMinute}; thread-safe. */
final class TokenBucket {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / NANOS_PER_MINUTE;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** Takes a token; returns 0 when one was taken, else the nanoseconds until one will be there. */
    synchronized long tryTake(long now) {
        tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }
}
