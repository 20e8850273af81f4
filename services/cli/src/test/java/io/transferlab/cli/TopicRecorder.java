package io.transferlab.cli;

import io.transferlab.contracts.json.Json;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads every record of some topics from the beginning, as a downstream consumer would see them. */
final class TopicRecorder implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

    TopicRecorder(String bootstrapServers, List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = topics.stream()
                .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls until {@code done} holds for the records read so far, or fails after {@code timeout}. */
    List<ConsumerRecord<String, String>> until(Predicate<List<ConsumerRecord<String, String>>> done,
                                               Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(records)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout + "; read " + records.size()
                        + " records");
            }
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return List.copyOf(records);
    }

    /** Polls for a little longer, so that records that should not exist have had time to appear. */
    List<ConsumerRecord<String, String>> settle(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return List.copyOf(records);
    }

    static <T> List<T> values(List<ConsumerRecord<String, String>> records, String topic, Class<T> type) {
        return records.stream().filter(r -> r.topic().equals(topic)).map(r -> Json.read(r.value(), type)).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
