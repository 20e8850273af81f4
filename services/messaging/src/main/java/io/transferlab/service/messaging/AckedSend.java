package io.transferlab.service.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.transferlab.contracts.json.Json;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.concurrent.CompletableFuture;

/**
 * Sends a message as JSON with its key and returns once the broker has acknowledged it, so a consumer commits its
 * input only after its outputs are durable.
 */
public final class AckedSend {

    private AckedSend() {
    }

    public static CompletableFuture<Void> send(Emitter<String> emitter, String key, Object payload) {
        return send(emitter, key, payload, Metadata.empty());
    }

    /** As {@link #send(Emitter, String, Object)}, with more metadata for the connector, e.g. CloudEvent attributes. */
    public static CompletableFuture<Void> send(Emitter<String> emitter, String key, Object payload, Metadata extra) {
        return send(emitter, OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build(), payload, extra);
    }

    private static CompletableFuture<Void> send(Emitter<String> emitter, OutgoingKafkaRecordMetadata<String> record,
                                                Object payload, Metadata extra) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(Json.write(payload), extra)
                .addMetadata(record)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(error -> {
                    acked.completeExceptionally(error);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return acked;
    }

    /** Sends and waits for the broker's acknowledgement. */
    public static void sendAndWait(Emitter<String> emitter, String key, Object payload) {
        send(emitter, key, payload).join();
    }

    public static void sendAndWait(Emitter<String> emitter, String key, Object payload, Metadata extra) {
        send(emitter, key, payload, extra).join();
    }

    /** Sends to the given partition rather than the key's, and waits for the broker's acknowledgement. */
    public static void sendAndWait(Emitter<String> emitter, String key, int partition, Object payload) {
        send(emitter, OutgoingKafkaRecordMetadata.<String>builder().withKey(key).withPartition(partition).build(),
                payload, Metadata.empty()).join();
    }
}
