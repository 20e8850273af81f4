package io.transferlab.aggregator.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.transferlab.aggregator.config.AggregatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads, once at start, how far each topic of the {@link Replay} reaches, and hands it to that topic's
 * {@link Replayed}. It runs on a thread of its own and retries while the broker is unreachable: startup does not wait
 * for Kafka; readiness and publishing do.
 */
@ApplicationScoped
public class ReplayEndOffsets {

    private static final Logger LOG = Logger.getLogger(ReplayEndOffsets.class);

    private final Map<String, Object> kafka;
    private final AggregatorConfig config;
    private final Replay replay;
    /** A daemon: a broker that never answers must not keep the JVM from exiting. */
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread daemon = new Thread(r, "replay-end-offsets");
        daemon.setDaemon(true);
        return daemon;
    });

    public ReplayEndOffsets(@Identifier("default-kafka-broker") Map<String, Object> kafka, AggregatorConfig config,
                            Replay replay) {
        this.kafka = kafka;
        this.config = config;
        this.replay = replay;
    }

    void onStart(@Observes StartupEvent event) {
        replay.topics().forEach(topic -> thread.execute(() -> measure(topic)));
    }

    void onStop(@Observes ShutdownEvent event) {
        thread.shutdownNow();
    }

    private void measure(Replayed topic) {
        Map<Integer, Long> ends = null;
        while (ends == null && !Thread.currentThread().isInterrupted()) {
            ends = tryEndOffsets(topic.topic());
        }
        if (ends == null) {
            return; // shutting down
        }
        LOG.infof("%s: read back to offsets %s before ready", topic.topic(), ends);
        topic.endOffsets(ends);
    }

    /** The end offsets, or null after a failed attempt (and a pause). */
    private Map<Integer, Long> tryEndOffsets(String topic) {
        Admin admin = Admin.create(kafka);
        try {
            return endOffsets(admin, topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | ExecutionException | TimeoutException e) {
            LOG.warnf("cannot read the end offsets of %s yet (%s); retrying", topic, e.toString());
            pause(config.offsetsRetry());
        } finally {
            // Requests that timed out are still pending; a plain close() would wait for each of them.
            admin.close(Duration.ofSeconds(1));
        }
        return null;
    }

    /** Partition to end offset, for the partitions that hold records; an absent topic has no backlog. */
    private Map<Integer, Long> endOffsets(Admin admin, String name)
            throws InterruptedException, ExecutionException, TimeoutException {
        long timeout = config.offsetsTimeout().toMillis();
        TopicDescription topic;
        try {
            topic = admin.describeTopics(List.of(name)).allTopicNames()
                    .get(timeout, TimeUnit.MILLISECONDS).get(name);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Map.of();
            }
            throw e;
        }
        Map<TopicPartition, Long> earliest = offsets(admin, topic, OffsetSpec.earliest(), timeout);
        Map<TopicPartition, Long> latest = offsets(admin, topic, OffsetSpec.latest(), timeout);
        Map<Integer, Long> ends = new HashMap<>();
        latest.forEach((partition, end) -> {
            if (end > earliest.getOrDefault(partition, 0L)) {
                ends.put(partition.partition(), end);
            }
        });
        return ends;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, TopicDescription topic, OffsetSpec spec, long timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = topic.partitions().stream()
                .map(p -> new TopicPartition(topic.name(), p.partition()))
                .collect(Collectors.toMap(Function.identity(), p -> spec));
        Map<TopicPartition, ListOffsetsResultInfo> result = admin.listOffsets(request).all()
                .get(timeout, TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
