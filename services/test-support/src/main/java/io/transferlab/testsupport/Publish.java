package io.transferlab.testsupport;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.contracts.json.Json;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Duration;

/** Publishing a test's input to the real broker, waiting until the broker has it. */
public final class Publish {

    /** Long enough for a broker busy with a test's other traffic on a 2-core machine. */
    private static final Duration ACKNOWLEDGED = Duration.ofSeconds(30);

    private Publish() {
    }

    /** The raw value as it is, malformed or not. */
    public static void value(KafkaCompanion companion, String topic, String key, String value) {
        companion.produceStrings().fromRecords(new ProducerRecord<>(topic, key, value)).awaitCompletion(ACKNOWLEDGED);
    }

    /** A message record as the services write it. */
    public static void json(KafkaCompanion companion, String topic, String key, Object payload) {
        value(companion, topic, key, Json.write(payload));
    }
}
