package io.transferlab.testsupport;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The records of one topic that a test cares about, read from the beginning by a consumer group of its own, so the
 * records of earlier tests (and earlier runs against long-lived servers) are filtered out, never lost or stolen.
 */
public final class TopicWatch implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final String topic;
    private final ConsumerTask<String, String> task;

    private TopicWatch(String topic, ConsumerTask<String, String> task) {
        this.topic = topic;
        this.task = task;
    }

    /** Every record of {@code topic} that matches {@code filter}, from the earliest offset on. */
    public static TopicWatch of(KafkaCompanion companion, String topic,
                                Predicate<ConsumerRecord<String, String>> filter) {
        ConsumerTask<String, String> task = companion.consumeStrings()
                .withGroupId("test-watch-" + UUID.randomUUID())
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Set.of(topic), records -> records.select().where(filter));
        return new TopicWatch(topic, task);
    }

    /** The records of {@code topic} whose key is one of {@code keys}. */
    public static TopicWatch keys(KafkaCompanion companion, String topic, String... keys) {
        Set<String> wanted = Set.of(keys);
        return of(companion, topic, record -> record.key() != null && wanted.contains(record.key()));
    }

    /** The matching records received so far, in arrival order. */
    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(task.getRecords());
    }

    /** Waits until at least {@code count} matching records arrived. */
    public List<ConsumerRecord<String, String>> await(int count, Duration timeout) {
        return await(count, record -> true, timeout);
    }

    /** Waits until at least {@code count} of the matching records also satisfy {@code condition}; returns those. */
    public List<ConsumerRecord<String, String>> await(int count, Predicate<ConsumerRecord<String, String>> condition,
                                                      Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, String>> matching = records().stream().filter(condition).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + count + " record(s) on "
                        + topic + ", got " + matching.size() + " (of " + records().size() + " watched): "
                        + records().stream().map(r -> Objects.toString(r.key()) + "=" + abbreviate(r.value()))
                        .toList());
            }
            KafkaCompanion.sleep(POLL);
        }
    }

    /** Waits for the first record satisfying {@code condition}. */
    public ConsumerRecord<String, String> awaitFirst(Predicate<ConsumerRecord<String, String>> condition,
                                                     Duration timeout) {
        return await(1, condition, timeout).get(0);
    }

    @Override
    public void close() {
        task.close();
    }

    private static String abbreviate(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200) + "...";
    }
}
