package io.transferlab.storage;

import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;

/** Runs a storage call under a {@link RetryPolicy}; every failed attempt is logged, the last one is thrown. */
final class Retry {

    private static final System.Logger LOG = System.getLogger(Retry.class.getName());

    private final RetryPolicy policy;

    Retry(RetryPolicy policy) {
        this.policy = policy;
    }

    <T> T call(String what, Callable<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.call();
            } catch (CorruptObjectException e) {
                // Damaged content stays damaged: retrying would only read it again.
                throw e;
            } catch (Exception e) {
                if (attempt >= policy.attempts()) {
                    throw new StorageException(what + ": failed after " + attempt + " attempts: " + e, e);
                }
                long delay = policy.delayAfter(attempt).toMillis();
                LOG.log(Level.WARNING, what + ": attempt " + attempt + " of " + policy.attempts() + " failed (" + e
                        + "); retrying in " + delay + " ms");
                sleep(delay);
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
