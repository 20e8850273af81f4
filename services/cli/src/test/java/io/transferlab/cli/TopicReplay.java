package io.transferlab.cli;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Offsets of whole topics, and a replay of what lies between two of them: every message delivered once more. */
final class TopicReplay {

    private TopicReplay() {
    }

    /** The end offset of every partition of the topics. */
    static Map<TopicPartition, Long> endOffsets(String kafka, Collection<String> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(kafka)) {
            List<TopicPartition> partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))).toList();
            return Map.copyOf(consumer.endOffsets(partitions));
        }
    }

    /**
     * Publishes again every record between {@code from} and {@code to}, to the partition it came from, with its key,
     * value and headers unchanged, as a producer retrying after a lost acknowledgement would.
     *
     * @return how many records were published again
     */
    static int replay(String kafka, Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        int replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(kafka);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 << 20),
                     new ByteArraySerializer(), new ByteArraySerializer())) {
            Map<TopicPartition, Long> pending = new HashMap<>();
            to.forEach((partition, end) -> {
                if (end > from.getOrDefault(partition, 0L)) {
                    pending.put(partition, end);
                }
            });
            consumer.assign(pending.keySet());
            pending.keySet().forEach(p -> consumer.seek(p, from.getOrDefault(p, 0L)));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!pending.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read back " + pending);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long end = pending.get(partition);
                    if (end != null && record.offset() < end) {
                        producer.send(new ProducerRecord<>(record.topic(), record.partition(), record.key(),
                                record.value(), record.headers()));
                        replayed++;
                    }
                }
                pending.keySet().removeIf(p -> consumer.position(p) >= pending.get(p));
            }
            producer.flush();
        }
        return replayed;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String kafka) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 2 << 20),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
