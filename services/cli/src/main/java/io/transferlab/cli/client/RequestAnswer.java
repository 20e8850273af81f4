package io.transferlab.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.StudyLevelRef;
import io.transferlab.contracts.messaging.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Data-prep's answer to one submission: opened before the request is published, it reads only what the accepted and
 * rejections topics receive afterwards, so an earlier experiment with the same id (or an earlier rejection of it) is
 * never taken for this request's answer.
 */
public final class RequestAnswer implements AutoCloseable {

    /**
     * Accepted (with the nets planned, the bestK used and the experiments: one, or a study's levels in order, with
     * their places on the study's axis) or rejected (with the reasons).
     */
    public record Answer(boolean accepted, int nets, int bestK, List<String> reasons, List<String> experiments,
                         List<StudyLevelRef> levels) {
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
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,  // topics come from the topic setup only
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

    /**
     * The answer to the request published with {@code key}, if data-prep gives one within {@code timeout}: for a
     * study, the acceptance of every level (or its rejection).
     */
    public Optional<Answer> await(String key, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<Integer, JsonNode> levels = new TreeMap<>();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                Optional<Answer> answer = answer(record, key, levels);
                if (answer.isPresent()) {
                    return answer;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Answer> answer(ConsumerRecord<String, String> record, String key,
                                           Map<Integer, JsonNode> levels) {
        JsonNode event;
        try {
            event = Json.MAPPER.readTree(record.value());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (record.topic().equals(Topics.EXPERIMENTS)) {
            if (key.equals(event.path("experimentId").asText(null))) {
                return Optional.of(accepted(List.of(event)));
            }
            JsonNode study = event.path("study");
            if (key.equals(study.path("studyId").asText(null))) {
                levels.put(study.path("index").asInt(), event);
                if (levels.size() == study.path("levels").asInt()) {
                    return Optional.of(accepted(List.copyOf(levels.values())));
                }
            }
            return Optional.empty();
        }
        if (key.equals(event.path("requestKey").asText(null)) || key.equals(event.path("experimentId").asText(null))) {
            List<String> reasons = new ArrayList<>();
            event.path("reasons").forEach(reason -> reasons.add(reason.asText()));
            return Optional.of(new Answer(false, 0, 0, reasons, List.of(), List.of()));
        }
        return Optional.empty();
    }

    /** The nets planned over all the experiments, each once (a study's levels share some). */
    private static Answer accepted(List<JsonNode> events) {
        Set<String> jobs = new HashSet<>();
        events.forEach(event -> event.path("plan").forEach(job -> jobs.add(job.path("jobId").asText())));
        List<StudyLevelRef> levels = new ArrayList<>();
        for (JsonNode event : events) {
            if (event.hasNonNull("study")) {
                levels.add(Json.MAPPER.convertValue(event.get("study"), StudyLevelRef.class));
            }
        }
        return new Answer(true, jobs.size(), events.get(0).path("spec").path("evaluation").path("bestK").asInt(),
                List.of(), events.stream().map(event -> event.path("experimentId").asText()).toList(), levels);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
