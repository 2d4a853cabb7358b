package com.clinicchain.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketLetsTheBurstThroughThenAsksToWait() {
        var bucket = new TokenBucket(3, 1, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(1);
    }

    @Test
    void tokensComeBackAtTheRateAndNeverAboveCapacity() {
        var bucket = new TokenBucket(2, 0.5, 0);
        bucket.take(0);
        bucket.take(0);
        assertThat(bucket.take(SECOND)).as("half a token after 1 s at 0.5/s").isEqualTo(1);
        assertThat(bucket.take(2 * SECOND)).isZero();
        assertThat(bucket.isFullAt(100 * SECOND)).isTrue();
        bucket.take(100 * SECOND);
        bucket.take(100 * SECOND);
        assertThat(bucket.take(100 * SECOND)).as("capacity 2, not 50").isEqualTo(2);
    }
}
