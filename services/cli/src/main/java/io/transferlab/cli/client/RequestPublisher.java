package io.transferlab.cli.client;

import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Publishes a request to the requests topic, keyed by its experiment id, and waits for the broker's ack. */
public final class RequestPublisher {

    private RequestPublisher() {
    }

    /** Publishes the request under its own experiment id; returns that id (null if it has none). */
    public static String publish(String bootstrapServers, String request) {
        String id = requestId(request);
        publish(bootstrapServers, id, request);
        return id;
    }

    /**
     * Publishes the request under its id (a study's or an experiment's) as the key (null when it has no readable id:
     * data-prep then rejects it without one).
     */
    public static void publish(String bootstrapServers, String experimentId, String request) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.REQUESTS, experimentId, request)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish to " + bootstrapServers + ": " + e.getCause(), e);
        }
    }

    /**
     * The request's id as data-prep reads it (the first top-level one): a study's studyId (a study is told by it), else
     * the experimentId; null if it has neither.
     */
    public static String requestId(String request) {
        return Json.topLevelText(request, "studyId").or(() -> Json.topLevelText(request, "experimentId")).orElse(null);
    }
}
