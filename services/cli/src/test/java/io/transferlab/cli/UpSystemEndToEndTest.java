package io.transferlab.cli;

import io.transferlab.cli.local.LocalStack;
import io.transferlab.cli.local.SystemState;
import io.transferlab.contracts.messaging.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code transferlab up} as a user meets it: the system started and kept running, its addresses printed (the secret
 * key never), a request published by a plain Kafka producer (no TransferLab code) trained to the end, and the CLI's
 * read commands finding the system through its state file with no flags; once stopped, the state is gone and the CLI
 * says in one line that nothing answers.
 */
class UpSystemEndToEndTest {

    @Test
    void aRunningSystemServesAnyClientAndTheCliFindsItWithoutFlags() throws Exception {
        Path work = Files.createTempDirectory("transferlab-up-");
        Path data = TinyDataSet.write();
        boolean kafkaPortFree = !listening(LocalStack.KAFKA_PORT);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String id = "up-" + UUID.randomUUID().toString().substring(0, 8);
        System.setProperty("transferlab.work-dir", work.toString());
        try (LocalStack stack = LocalStack.start(Path.of("../.."), work, 1, Map.of(
                "TRANSFERLAB_DATA_PREP_ALLOWED_ROOTS", "/usr/share/datasets," + System.getProperty("java.io.tmpdir")),
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            SystemState state = SystemState.find(work).orElseThrow();
            String description = String.join("\n", state.describe());
            if (kafkaPortFree) {
                assertThat(state.kafka()).isEqualTo("127.0.0.1:" + LocalStack.KAFKA_PORT);
            }
            Path credentials = Path.of(state.credentials());
            String secret = Files.readAllLines(credentials).stream()
                    .filter(line -> line.startsWith("TRANSFERLAB_S3_SECRET_KEY=")).findFirst().orElseThrow()
                    .substring("TRANSFERLAB_S3_SECRET_KEY=".length());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                    .isEqualTo("rw-------");
            assertThat(description).contains(state.kafka()).contains(state.s3Endpoint()).contains(state.aggregator())
                    .contains(credentials.toString()).contains("/q/metrics").doesNotContain(secret);
            assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain(secret);

            publishPlainly(state.kafka(), id, """
                    {"experimentId": "%s", "dataset": {"name": "mnist", "location": "%s"},
                     "split": {"classesA": [0, 1], "classesB": [2, 3]}, "variants": ["baseA", "baseB", "AnB"],
                     "depths": [1], "seeds": [1], "budget": {"iterations": 4, "batchSize": 16, "checkpointEvery": 2},
                     "evaluation": {"validateEvery": 2, "bestK": 2, "validationImages": 20, "testImages": 40}}
                    """.formatted(id, data));
            awaitComplete(id);
            assertThat(CliRun.of("list").output()).containsPattern(id + " +COMPLETE +3/3 ");
            CliRun results = CliRun.of("results", id, "--format", "csv");
            assertThat(results.exit()).isZero();
            assertThat(results.output()).contains("AnB,1,1,");
        } finally {
            System.clearProperty("transferlab.work-dir");
        }
        assertThat(SystemState.find(work)).isEmpty();
        assertThat(work.resolve(SystemState.CREDENTIALS_FILE)).doesNotExist();
        if (!listening(8084)) {
            CliRun unreachable = CliRun.of("list");
            assertThat(unreachable.exit()).isEqualTo(1);
            assertThat(unreachable.output().strip()).startsWith("transferlab list: aggregator at http://127.0.0.1:8084"
                    + " unreachable").doesNotContain("\n").doesNotContain("Exception");
        }
    }

    private static void publishPlainly(String kafka, String key, String request) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.REQUESTS, key, request)).get();
        }
    }

    private static void awaitComplete(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (CliRun.of("status", id).output().contains(id + ": COMPLETE")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(id + " did not complete: " + CliRun.of("status", id).output());
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
