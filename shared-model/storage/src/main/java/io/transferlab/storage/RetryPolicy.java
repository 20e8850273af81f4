package io.transferlab.storage;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long a service keeps trying an object store that does not answer: a bounded number of attempts with
 * exponentially growing waits, so a store restarting (seconds) is ridden out and one that is gone is given up on
 * within {@link #worstCaseWait()}, after which the caller reports the failure.
 *
 * @param attempts   tries in all, at least 1
 * @param firstDelay wait after the first failure; doubled after each further one
 * @param maxDelay   the longest single wait
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {

    /** About 24 s of waiting over 8 attempts: longer than a store restart, short of a job's patience. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofMillis(250), Duration.ofSeconds(8));

    public RetryPolicy {
        if (attempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("retry policy needs attempts >= 1 and 0 <= firstDelay <= maxDelay");
        }
    }

    /**
     * The back-off after failed attempt {@code attempt} (1-based): the longest wait before the next one. The wait
     * itself is drawn by {@link #jittered}.
     */
    public Duration delayAfter(int attempt) {
        long millis = firstDelay.toMillis();
        for (int i = 1; i < attempt && millis < maxDelay.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /**
     * The wait after failed attempt {@code attempt}: uniform between half the back-off and the whole of it ("equal
     * jitter"), so that services that failed together (a store restarting under every trainer) do not retry together,
     * while each still waits at least half the back-off for the store to come back.
     */
    public Duration jittered(int attempt, RandomGenerator random) {
        long ceiling = delayAfter(attempt).toMillis();
        long floor = ceiling / 2;
        return Duration.ofMillis(floor + (ceiling > floor ? random.nextLong(ceiling - floor + 1) : 0));
    }

    /** The sum of all back-offs before the last attempt: the longest an operation retries before it gives up. */
    public Duration worstCaseWait() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < attempts; attempt++) {
            total = total.plus(delayAfter(attempt));
        }
        return total;
    }
}
