package io.transferlab.service.messaging;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.infra.LocalServers;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the real broker: a consumer configured as the trainers' and the evaluators' (earliest reset, no auto commit,
 * cooperative assignment) joins a group that has no committed offsets, with {@link CommittedStart} as its rebalance
 * listener. Lag is computed as KEDA's kafka scaler does: the log end offset minus the committed offset.
 */
class CommittedStartTest {

    private static final int PARTITIONS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static KafkaCompanion companion;

    @BeforeAll
    static void connect() {
        companion = new KafkaCompanion(LocalServers.shared().env().kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        companion.close();
    }

    @Test
    void aTopicWhoseRecordsWereAllDeletedShowsNoLagOnceAConsumerJoins() {
        String topic = topic("all-deleted");
        produce(topic, 0, 4);
        produce(topic, 2, 2);
        Map<TopicPartition, Long> end = offsets(topic, OffsetSpec.latest());
        companion.deleteRecords(deleteBefore(end));
        String group = group();
        assertThat(companion.consumerGroups().offsets(group)).as("no offset committed before anyone joined").isEmpty();

        try (KafkaConsumer<String, String> consumer = join(topic, group)) {
            Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
            assertThat(committed).as("every assigned partition got an offset").containsOnlyKeys(end.keySet());
            assertThat(offsets(committed)).as("the log start, here the end").isEqualTo(end)
                    .isEqualTo(offsets(topic, OffsetSpec.earliest()));
            assertThat(lag(end, committed)).isZero();
        }
    }

    @Test
    void waitingRecordsStayLagAndAreAllReadFromTheLogStart() {
        String topic = topic("waiting");
        produce(topic, 0, 5);
        produce(topic, 1, 3);
        // Retention took partition 0's first two records; partition 2 never had one.
        companion.deleteRecords(Map.of(new TopicPartition(topic, 0), RecordsToDelete.beforeOffset(2)));
        Map<TopicPartition, Long> start = offsets(topic, OffsetSpec.earliest());
        Map<TopicPartition, Long> end = offsets(topic, OffsetSpec.latest());
        assertThat(start).containsEntry(new TopicPartition(topic, 0), 2L);
        String group = group();

        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = join(topic, group, read)) {
            Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
            assertThat(offsets(committed)).isEqualTo(start);
            assertThat(lag(end, committed)).as("the three waiting on 0 and the three on 1").isEqualTo(6);

            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (read.size() < 6 && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }
        assertThat(read).as("every waiting record, none skipped").extracting(r -> r.partition() + "@" + r.offset())
                .containsExactlyInAnyOrder("0@2", "0@3", "0@4", "1@0", "1@1", "1@2");
    }

    @Test
    void anOffsetCommittedWithinTheLogIsLeftAloneAndOneBelowItsStartMovesUp() {
        String topic = topic("committed");
        produce(topic, 0, 4);
        produce(topic, 1, 4);
        TopicPartition zero = new TopicPartition(topic, 0);
        TopicPartition one = new TopicPartition(topic, 1);
        String group = group();
        companion.consumerGroups().alterOffsets(group, Map.of(zero, new OffsetAndMetadata(1),
                one, new OffsetAndMetadata(3)));
        // Retention deleted records that were never read: the consumer can only start at the new log start.
        companion.deleteRecords(Map.of(zero, RecordsToDelete.beforeOffset(2)));

        try (KafkaConsumer<String, String> consumer = join(topic, group)) {
            assertThat(offsets(committed(group))).containsEntry(zero, 2L).containsEntry(one, 3L)
                    .containsEntry(new TopicPartition(topic, 2), 0L);
        }
    }

    private static String topic(String what) {
        String topic = "committed-start-" + what + "-" + UUID.randomUUID();
        companion.topics().createAndWait(topic, PARTITIONS);
        return topic;
    }

    private static String group() {
        return "committed-start-" + UUID.randomUUID();
    }

    private static void produce(String topic, int partition, int count) {
        companion.produceStrings().fromRecords(IntStream.range(0, count)
                        .mapToObj(i -> new ProducerRecord<>(topic, partition, "job-" + i, "{}")).toList())
                .awaitCompletion(TIMEOUT);
    }

    private static KafkaConsumer<String, String> join(String topic, String group) {
        return join(topic, group, new ArrayList<>());
    }

    /** Subscribes and polls until every partition is assigned (the listener has run); what it read goes to read. */
    private static KafkaConsumer<String, String> join(String topic, String group,
                                                      List<ConsumerRecord<String, String>> read) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, companion.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName()),
                new StringDeserializer(), new StringDeserializer());
        CommittedStart listener = new CommittedStart();
        consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                listener.onPartitionsAssigned(consumer, partitions);
            }

            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            }
        });
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (consumer.assignment().size() < PARTITIONS && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(read::add);
        }
        assertThat(consumer.assignment()).hasSize(PARTITIONS);
        return consumer;
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(String group) {
        return companion.consumerGroups().offsets(group);
    }

    private static Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new TreeMap<>(CommittedStartTest::byPartition);
        IntStream.range(0, PARTITIONS).forEach(p -> request.put(new TopicPartition(topic, p), spec));
        Map<TopicPartition, Long> offsets = new TreeMap<>(CommittedStartTest::byPartition);
        companion.offsets().list(request).forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static Map<TopicPartition, Long> offsets(Map<TopicPartition, OffsetAndMetadata> committed) {
        Map<TopicPartition, Long> offsets = new TreeMap<>(CommittedStartTest::byPartition);
        committed.forEach((partition, offset) -> offsets.put(partition, offset.offset()));
        return offsets;
    }

    private static Map<TopicPartition, RecordsToDelete> deleteBefore(Map<TopicPartition, Long> end) {
        Map<TopicPartition, RecordsToDelete> delete = new TreeMap<>(CommittedStartTest::byPartition);
        end.forEach((partition, offset) -> delete.put(partition, RecordsToDelete.beforeOffset(offset)));
        return delete;
    }

    /** KEDA's lag: end minus committed, summed over partitions. */
    private static long lag(Map<TopicPartition, Long> end, Map<TopicPartition, OffsetAndMetadata> committed) {
        return end.entrySet().stream().mapToLong(e -> e.getValue() - committed.get(e.getKey()).offset()).sum();
    }

    private static int byPartition(TopicPartition a, TopicPartition b) {
        return Integer.compare(a.partition(), b.partition());
    }
}
