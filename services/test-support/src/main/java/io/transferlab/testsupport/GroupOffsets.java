package io.transferlab.testsupport;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.contracts.messaging.Topics;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A consumer group's committed offsets on one topic, read from the real broker. */
public final class GroupOffsets {

    private GroupOffsets() {
    }

    /**
     * Waits until the group has a committed offset on every partition of the topic, and returns them; a partition still
     * without one past the timeout fails with what the group had.
     */
    public static Map<TopicPartition, OffsetAndMetadata> awaitOnEveryPartition(KafkaCompanion companion, String group,
                                                                               String topic, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed = companion.consumerGroups().offsets(group).entrySet()
                    .stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (committed.size() == Topics.partitions(topic)) {
                return committed;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("group " + group + " has committed offsets on " + committed.keySet()
                        + " only, not on all " + Topics.partitions(topic) + " partitions of " + topic);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
