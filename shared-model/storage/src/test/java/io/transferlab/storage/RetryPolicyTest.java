package io.transferlab.storage;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RetryPolicyTest {

    @Test
    void waitsDoubleUpToTheCapAndTheirSumBoundsTheWholeRetry() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofSeconds(8));
        // 0.25 + 0.5 + 1 + 2 + 4 + 8 + 8 seconds between the 8 attempts.
        assertThat(policy.worstCaseWait()).isEqualTo(Duration.ofMillis(23_750));
    }

    @Test
    void jitteredWaitsSpreadOverTheUpperHalfOfTheBackOff() {
        RetryPolicy policy = RetryPolicy.DEFAULT;
        SplittableRandom random = new SplittableRandom(7);
        long[] waits = IntStream.range(0, 2000).mapToLong(i -> policy.jittered(2, random).toMillis()).toArray();

        assertThat(LongStream.of(waits).min().orElseThrow()).isGreaterThanOrEqualTo(250);
        assertThat(LongStream.of(waits).max().orElseThrow()).isLessThanOrEqualTo(500);
        // uniform over [250, 500]: mean 375, many distinct waits, so retries after a common failure spread out
        assertThat(LongStream.of(waits).average().orElseThrow()).isCloseTo(375, within(5.0));
        assertThat(LongStream.of(waits).distinct().count()).isGreaterThan(200);
        assertThat(new RetryPolicy(2, Duration.ZERO, Duration.ZERO).jittered(1, random)).isZero();
    }

    @Test
    void oneAttemptNeverWaits() {
        assertThat(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).worstCaseWait()).isZero();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
