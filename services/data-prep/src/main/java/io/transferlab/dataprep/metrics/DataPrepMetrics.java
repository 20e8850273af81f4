package io.transferlab.dataprep.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What data-prep measures (transferlab_dataprep_*): requests by outcome, shards and their bytes written. Every series
 * is registered at start, so a dashboard shows 0 rather than nothing before the first request.
 */
@Startup // registers its series at start, so dashboards read 0 before the first job rather than nothing
@ApplicationScoped
public class DataPrepMetrics {

    private final Counter accepted;
    private final Counter rejected;
    private final Counter shards;
    private final Counter bytes;

    public DataPrepMetrics(MeterRegistry registry) {
        accepted = requests(registry, "accepted");
        rejected = requests(registry, "rejected");
        shards = Counter.builder("transferlab.dataprep.shards.written")
                .description("Data shards written to object storage").register(registry);
        bytes = Counter.builder("transferlab.dataprep.shards.written.bytes").baseUnit("bytes")
                .description("Bytes of data shards written to object storage").register(registry);
    }

    /** Accepted, or announced again for a resubmission of the same request. */
    public void accepted() {
        accepted.increment();
    }

    public void rejected() {
        rejected.increment();
    }

    public void shardWritten(long size) {
        shards.increment();
        bytes.increment(size);
    }

    private static Counter requests(MeterRegistry registry, String outcome) {
        return Counter.builder("transferlab.dataprep.requests").tag("outcome", outcome)
                .description("Experiment requests handled, by outcome").register(registry);
    }
}
