package io.transferlab.storage;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryTest {

    @Test
    void everyFailedAttemptIsCounted_theLastOneAsFailed() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            AtomicInteger calls = new AtomicInteger();
            Retry retry = new Retry(new RetryPolicy(3, Duration.ZERO, Duration.ZERO));

            assertThat(retry.call("get a", () -> {
                if (calls.incrementAndGet() < 2) {
                    throw new IOException("connection reset");
                }
                return "a";
            })).isEqualTo("a");
            assertThatThrownBy(() -> retry.call("get b", () -> {
                throw new IOException("connection refused");
            })).isInstanceOf(StorageException.class);

            assertThat(registry.counter(Retry.ERRORS, "outcome", "retried").count()).isEqualTo(3);
            assertThat(registry.counter(Retry.ERRORS, "outcome", "failed").count()).isEqualTo(1);
        } finally {
            Metrics.removeRegistry(registry);
        }
    }
}
