package io.transferlab.dataprep.messaging;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentShards;
import io.transferlab.contracts.messaging.RequestRejected;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.dataprep.Requests;
import io.transferlab.dataprep.metrics.DataPrepMetrics;
import io.transferlab.dataprep.preparation.Checked;
import io.transferlab.dataprep.preparation.Handlers;
import io.transferlab.dataprep.preparation.RequestHandler;
import io.transferlab.testsupport.RecordingEmitter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the consumer makes of each outcome, without Quarkus or a broker: a nack is what the channel's failure strategy
 * turns into a record on the dead-letter topic (RejectedRequestTest shows that on a real broker).
 */
class RequestConsumerTest {

    private static final ExperimentShards SHARDS = Handlers.SHARDS;

    @TempDir
    Path root;

    private final RecordingEmitter experiments = new RecordingEmitter();
    private final RecordingEmitter jobs = new RecordingEmitter();
    private final RecordingEmitter rejections = new RecordingEmitter();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Logger log = Logger.getLogger(RequestConsumer.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void stopCapturing() {
        log.removeHandler(capture);
    }

    @Test
    void anAcceptedRequestIsAnnouncedWithItsRootJobsAndAcknowledged() {
        Received received = consume(shards -> Checked.of(SHARDS), "ok", valid("ok"));

        assertThat(received.acked).isTrue();
        assertThat(received.nacked).isNull();
        assertThat(experiments.sent()).singleElement()
                .satisfies(json -> assertThat(Json.read(json, ExperimentAccepted.class).experimentId()).isEqualTo("ok"));
        assertThat(jobs.sent()).hasSize(4);
        assertThat(rejections.sent()).isEmpty();
        assertThat(count("accepted")).isEqualTo(1);
    }

    @Test
    void aRejectedRequestIsAnsweredAndAcknowledged() {
        Received received = consume(shards -> Checked.problem("dataset: damaged"), "key", valid("bad-data"));

        assertThat(received.acked).isTrue();
        assertThat(received.nacked).isNull();
        RequestRejected rejected = Json.read(rejections.sent().get(0), RequestRejected.class);
        assertThat(rejected.experimentId()).isEqualTo("bad-data");
        assertThat(rejected.requestKey()).isEqualTo("key");
        assertThat(rejected.reasons()).containsExactly("dataset: damaged");
        assertThat(experiments.sent()).isEmpty();
        assertThat(count("rejected")).isEqualTo(1);
    }

    @Test
    void aRecordThatIsNoRequestIsAnsweredAndDeadLetteredWithItsReason() {
        Received received = consume(shards -> Checked.of(SHARDS), "key", "not json".getBytes(StandardCharsets.UTF_8));

        assertThat(rejections.sent()).hasSize(1);
        assertThat(received.acked).isFalse();
        assertThat(received.nacked).hasMessageStartingWith("request: malformed JSON at line 1, column 1");
        assertThat(count("rejected")).isEqualTo(1);
    }

    /** An IllegalArgumentException from a bug is this service's failure: logged with the key, dead-lettered, unanswered. */
    @Test
    void aBugIsLoggedAndDeadLetteredNotRejected() {
        log.addHandler(capture);
        IllegalArgumentException bug = new IllegalArgumentException("need positive sizes");

        Received received = consume(shards -> {
            throw bug;
        }, "bug-key", valid("bug"));

        assertThat(received.nacked).isSameAs(bug);
        assertThat(received.acked).isFalse();
        assertThat(rejections.sent()).isEmpty();
        assertThat(experiments.sent()).isEmpty();
        assertThat(count("rejected")).isZero();
        assertThat(logged).anySatisfy(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getMessage()).contains("bug-key");
            assertThat(record.getThrown()).isSameAs(bug);
        });
    }

    private Received consume(Function<ResolvedSpec, Checked<ExperimentShards>> shards, String key, byte[] value) {
        RequestHandler handler = Handlers.handler(root, Handlers.memory(), shards);
        RequestConsumer consumer = new RequestConsumer(handler, new EventPublisher(experiments, jobs, rejections),
                new DataPrepMetrics(registry));
        Received received = new Received();
        IncomingKafkaRecordMetadata<String, byte[]> metadata = new IncomingKafkaRecordMetadata<>(
                new ConsumerRecord<>(Topics.REQUESTS, 0, 0L, key, value), DataPrepChannels.REQUESTS);
        consumer.onRequest(Message.of(value, Metadata.of(metadata), () -> {
            received.acked = true;
            return CompletableFuture.completedFuture(null);
        }, error -> {
            received.nacked = error;
            return CompletableFuture.completedFuture(null);
        }));
        return received;
    }

    private byte[] valid(String id) {
        return Json.write(Requests.small(id, root.resolve("mnist").toString())).getBytes(StandardCharsets.UTF_8);
    }

    private double count(String outcome) {
        return registry.get("transferlab.dataprep.requests").tag("outcome", outcome).counter().count();
    }

    private static final class Received {
        volatile boolean acked;
        volatile Throwable nacked;
    }
}
