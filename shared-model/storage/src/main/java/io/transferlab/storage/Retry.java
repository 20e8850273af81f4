package io.transferlab.storage;

import io.micrometer.core.instrument.Metrics;
import io.minio.errors.ErrorResponseException;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;

/**
 * Runs a storage call under a {@link RetryPolicy}; every failed attempt is logged and counted, the last one is thrown.
 * The count ({@value #ERRORS}, tag {@code outcome}: retried or failed) goes to Micrometer's global registry, which
 * the services' Quarkus registries join, so the S3 alert sees it at /q/metrics.
 */
final class Retry {

    private static final System.Logger LOG = System.getLogger(Retry.class.getName());

    /** S3 error codes that no retry can change, with what to check. */
    private static final Map<String, String> PERMANENT = Map.of(
            "AccessDenied", "the key lacks permission on the bucket: check the bucket policy",
            "InvalidAccessKeyId", "unknown access key: check TRANSFERLAB_S3_ACCESS_KEY",
            "SignatureDoesNotMatch", "wrong secret key: check TRANSFERLAB_S3_SECRET_KEY",
            "NoSuchBucket", "the bucket does not exist: check TRANSFERLAB_S3_BUCKET or create it",
            "AllAccessDisabled", "all access to this object is disabled");

    static final String ERRORS = "transferlab.storage.errors";

    private final RetryPolicy policy;
    private final RandomGenerator random = RandomGenerator.getDefault();

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
                Optional<String> permanent = permanent(e);
                boolean last = permanent.isPresent() || attempt >= policy.attempts();
                Metrics.counter(ERRORS, "outcome", last ? "failed" : "retried").increment();
                permanent.ifPresent(why -> {
                    throw new StorageException(what + ": " + why + "; not retried", e);
                });
                if (attempt >= policy.attempts()) {
                    throw new StorageException(what + ": failed after " + attempt + " attempts: " + e, e);
                }
                long delay = policy.jittered(attempt, random).toMillis();
                LOG.log(Level.WARNING, what + ": attempt " + attempt + " of " + policy.attempts() + " failed (" + e
                        + "); retrying in " + delay + " ms (back-off " + policy.delayAfter(attempt).toMillis()
                        + " ms, jittered)");
                sleep(delay);
            }
        }
    }

    /**
     * Answers no retry can change: wrong credentials, no permission, a bucket that does not exist. Retrying them only
     * made a misconfigured service wait about 24 s per call before saying so.
     */
    static Optional<String> permanent(Exception e) {
        if (e instanceof ErrorResponseException response && response.errorResponse() != null) {
            String code = response.errorResponse().code();
            String hint = PERMANENT.get(code);
            if (hint != null) {
                return Optional.of("the store answered " + code + " (" + hint + ")");
            }
        }
        return Optional.empty();
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
