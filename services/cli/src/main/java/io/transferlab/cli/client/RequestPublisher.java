package io.transferlab.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** @return the request's experiment id, or null if the text has none (data-prep will reject it) */
    public static String publish(String bootstrapServers, String request) {
        String experimentId = experimentId(request);
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
        return experimentId;
    }

    static String experimentId(String request) {
        try {
            JsonNode id = Json.MAPPER.readTree(request).get("experimentId");
            return id != null && id.isTextual() ? id.asText() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
