package io.transferlab.dataprep;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.RequestRejected;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.messaging.TrainingJob;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;

/**
 * What the service published about one experiment id on its three output topics (the experiment and its rejections
 * are keyed by the id, its jobs by "id.variant.nN.sS"), collected from the start of each topic as it arrives.
 */
public final class Outputs implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** After the awaited record, long enough for one that should not exist to arrive too: the service answers in ms. */
    private static final Duration SETTLE = Duration.ofMillis(500);

    private final ConsumerTask<String, String> task;

    private Outputs(ConsumerTask<String, String> task) {
        this.task = task;
    }

    public static Outputs about(KafkaCompanion companion, String experimentId) {
        return about(companion, key -> experimentId.equals(key) || key.startsWith(experimentId + "."));
    }

    /** What was published about a study: its rejection, and its levels ("studyId-label") with their jobs. */
    public static Outputs aboutStudy(KafkaCompanion companion, String studyId) {
        return about(companion, key -> studyId.equals(key) || key.startsWith(studyId + "-"));
    }

    private static Outputs about(KafkaCompanion companion, Predicate<String> key) {
        return new Outputs(companion.consumeStrings()
                .withGroupId("test-" + UUID.randomUUID())
                .withProp("auto.offset.reset", "earliest")
                .fromTopics(Set.of(Topics.EXPERIMENTS, Topics.JOBS, Topics.REJECTIONS),
                        records -> records.filter(r -> r.key() != null && key.test(r.key()))));
    }

    /** Waits until {@code topic} holds {@code count} records about the experiment, then lets any extra arrive. */
    public Outputs await(String topic, int count) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (records(topic).size() < count) {
            if (System.nanoTime() > deadline) {
                fail("expected %d records on %s within %s, got: %s", count, topic, TIMEOUT,
                        task.getRecords().stream().map(r -> r.topic() + " " + r.key() + " " + r.value()).toList());
            }
            KafkaCompanion.sleep(Duration.ofMillis(50));
        }
        KafkaCompanion.sleep(SETTLE);
        return this;
    }

    public List<ExperimentAccepted> accepted() {
        return values(Topics.EXPERIMENTS, ExperimentAccepted.class);
    }

    public List<TrainingJob> jobs() {
        return values(Topics.JOBS, TrainingJob.class);
    }

    public List<RequestRejected> rejections() {
        return values(Topics.REJECTIONS, RequestRejected.class);
    }

    /** Each record's key with the partition it was published to. */
    public Map<String, Integer> partitions(String topic) {
        return records(topic).stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::partition,
                (first, duplicate) -> first));
    }

    public List<String> keys(String topic) {
        return records(topic).stream().map(ConsumerRecord::key).toList();
    }

    private <T> List<T> values(String topic, Class<T> type) {
        return records(topic).stream().map(r -> Json.read(r.value(), type)).toList();
    }

    private List<ConsumerRecord<String, String>> records(String topic) {
        return task.getRecords().stream().filter(r -> r.topic().equals(topic)).toList();
    }

    @Override
    public void close() {
        task.close();
    }
}
