package io.transferlab.storage;

import java.util.concurrent.Callable;

/** Bounded retries with exponential back-off, for a store that may be briefly unreachable. */
final class Retry {

    private final int attempts;
    private final long firstDelayMillis;

    Retry(int attempts, long firstDelayMillis) {
        this.attempts = attempts;
        this.firstDelayMillis = firstDelayMillis;
    }

    <T> T call(String what, Callable<T> action) {
        long delay = firstDelayMillis;
        for (int attempt = 1; ; attempt++) {
            try {
                return action.call();
            } catch (CorruptObjectException e) {
                throw e;
            } catch (Exception e) {
                if (attempt >= attempts) {
                    throw new StorageException(what + ": failed after " + attempts + " attempts: " + e, e);
                }
                sleep(delay);
                delay = Math.min(delay * 2, 10_000);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while retrying", e);
        }
    }
}
