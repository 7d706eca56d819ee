package io.demarc.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void allowsABurstThenOnePerRefillInterval() {
        TokenBucket bucket = new TokenBucket(3, 60, 0);

        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).as("empty: a token in one second").isEqualTo(SECOND);
        assertThat(bucket.tryTake(SECOND / 2)).isEqualTo(SECOND / 2);
        assertThat(bucket.tryTake(SECOND)).isZero();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 60, 0);

        long hourLater = 3600 * SECOND;
        assertThat(bucket.tryTake(hourLater)).isZero();
        assertThat(bucket.tryTake(hourLater)).isZero();
        assertThat(bucket.tryTake(hourLater)).isPositive();
    }
}
