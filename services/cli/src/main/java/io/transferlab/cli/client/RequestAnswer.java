package io.transferlab.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Data-prep's answer to one submission: opened before the request is published, it reads only what the accepted and
 * rejections topics receive afterwards, so an earlier experiment with the same id (or an earlier rejection of it) is
 * never taken for this request's answer.
 */
public final class RequestAnswer implements AutoCloseable {

    /** Accepted (with the number of nets planned and the bestK used) or rejected (with the reasons). */
    public record Answer(boolean accepted, int nets, int bestK, List<String> reasons) {
    }

    private final KafkaConsumer<String, String> consumer;

    private RequestAnswer(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    /** Starts listening at the current end of both topics. */
    public static RequestAnswer listen(String bootstrapServers) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.EXPERIMENTS, Topics.REJECTIONS)) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // seekToEnd is lazy: fix the positions now, before the request is published.
        partitions.forEach(consumer::position);
        return new RequestAnswer(consumer);
    }

    /** The answer to the request published with {@code key}, if data-prep gives one within {@code timeout}. */
    public Optional<Answer> await(String key, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                Optional<Answer> answer = answer(record, key);
                if (answer.isPresent()) {
                    return answer;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Answer> answer(ConsumerRecord<String, String> record, String key) {
        JsonNode event;
        try {
            event = Json.MAPPER.readTree(record.value());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (record.topic().equals(Topics.EXPERIMENTS)) {
            return key.equals(event.path("experimentId").asText(null))
                    ? Optional.of(new Answer(true, event.path("plan").size(),
                    event.path("spec").path("evaluation").path("bestK").asInt(), List.of())) : Optional.empty();
        }
        if (key.equals(event.path("requestKey").asText(null)) || key.equals(event.path("experimentId").asText(null))) {
            List<String> reasons = new ArrayList<>();
            event.path("reasons").forEach(reason -> reasons.add(reason.asText()));
            return Optional.of(new Answer(false, 0, 0, reasons));
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
