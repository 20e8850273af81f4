package io.transferlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.analysis.Metric;
import io.transferlab.cli.client.AggregatorClient;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI against the real pipeline (broker, S3 server, the four services as processes): a two-seed request followed
 * to the end, every read command on its result, and an aggregator killed and restarted that serves the same results
 * and publishes nothing twice.
 */
class CliEndToEndTest {

    private static LocalSystem system;
    private static Path work;
    private static String id;
    private static CliRun submitted;

    @BeforeAll
    static void runASweep() throws Exception {
        system = LocalSystem.shared();
        Path data = TinyDataSet.write();
        work = Files.createTempDirectory("transferlab-cli-");
        id = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        Path request = Files.writeString(work.resolve(id + ".json"), """
                {"experimentId": "%s", "dataset": {"name": "mnist", "location": "%s"},
                 "split": {"classesA": [0, 1], "classesB": [2, 3]}, "depths": [1], "seeds": [1, 2],
                 "budget": {"iterations": 6, "batchSize": 16, "checkpointEvery": 3},
                 "evaluation": {"validateEvery": 3, "validationImages": 20, "testImages": 40}}
                """.formatted(id, data));
        submitted = CliRun.of("submit", request.toString(), "--follow", "--kafka", system.kafka(),
                "--aggregator", system.aggregatorUrl(), "--results", work.resolve("results").toString(),
                "--timeout-minutes", "10");
    }

    @Test
    void submitFollowShowsProgressThenTheTableAndTheFindings() {
        assertThat(submitted.exit()).as(submitted.output()).isZero();
        assertThat(submitted.output()).contains("submitted " + id)
                .containsPattern("\\[#+] 14/14 jobs +running 0 +failed 0 +elapsed \\d+:\\d\\d +ETA 0:00")
                .contains("baseB").contains("AnB+").containsPattern("\\n0 +0\\.\\d{3}±0\\.\\d{3}")
                .contains("Findings (mean of the best validation scores (the paper's metric); primary metric")
                .contains("1. co-adaptation").contains("4. random-features")
                .contains("not measured").contains("(2 seeds)");
        assertThat(work.resolve("results").resolve(id)).isDirectoryContaining("glob:**/results.json")
                .isDirectoryContaining("glob:**/results.csv").isDirectoryContaining("glob:**/figure.svg")
                .isDirectoryContaining("glob:**/figure.png");
    }

    @Test
    void aReusedIdWithAnotherSpecIsReportedAsRejectedNotFollowedAsTheOldExperiment() throws Exception {
        String original = Files.readString(work.resolve(id + ".json"));
        Path changed = Files.writeString(work.resolve(id + "-changed.json"),
                original.replace("\"seeds\": [1, 2]", "\"seeds\": [3]"));

        CliRun resubmitted = CliRun.of("submit", changed.toString(), "--follow", "--kafka", system.kafka(),
                "--aggregator", system.aggregatorUrl(), "--results", work.resolve("again").toString(),
                "--timeout-minutes", "2");

        assertThat(resubmitted.exit()).as(resubmitted.output()).isEqualTo(2);
        assertThat(resubmitted.output()).contains("rejected " + id + ":")
                .contains("experimentId: '" + id + "' is already used by a different request")
                .doesNotContain("jobs  running").doesNotContain("Findings");
        assertThat(work.resolve("again")).doesNotExist();
    }

    @Test
    void listStatusResultsAndFigureReadTheAggregator() throws Exception {
        String aggregator = system.aggregatorUrl();

        assertThat(CliRun.of("list", "--aggregator", aggregator).output())
                .containsPattern(id + " +COMPLETE +14/14 +0 +0 ");
        assertThat(CliRun.of("status", id, "--aggregator", aggregator).output())
                .contains(id + ": COMPLETE, 14/14 jobs done, 0 running, 0 failed, result published");

        CliRun csv = CliRun.of("results", id, "--format", "csv", "--aggregator", aggregator);
        assertThat(csv.output().strip())
                .isEqualTo(new AggregatorClient(aggregator).text(id, "results.csv").orElseThrow().strip());
        JsonNode json = Json.MAPPER.readTree(CliRun.of("results", id, "--format", "json", "--aggregator", aggregator)
                .output());
        assertThat(json.path("cells")).hasSize(7).allSatisfy(cell -> assertThat(cell.path("count").asInt())
                .isEqualTo(2));
        assertThat(json.path("findings")).hasSize(4 * Metric.values().length);
        assertThat(CliRun.of("results", id, "--metric", "bestValidation", "--aggregator", aggregator).output())
                .contains("Findings (mean of the best validation scores (the paper's metric); primary metric");
        assertThat(CliRun.of("results", id, "--metric", "test", "--aggregator", aggregator).output())
                .contains("Findings (top-1 of the last checkpoint on the test images; secondary metric");

        Path png = work.resolve("figures/figure.png");
        assertThat(CliRun.of("figure", id, "-o", png.toString(), "--aggregator", aggregator).exit()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1560);
        Path svg = work.resolve("figures/figure.svg");
        assertThat(CliRun.of("figure", id, "-o", svg.toString(), "--aggregator", aggregator).exit()).isZero();
        assertThat(Files.readString(svg)).startsWith("<svg").contains("AnB+ n=1");

        assertThat(CliRun.of("figure", id, "-o", work.resolve("f.gif").toString(), "--aggregator", aggregator))
                .satisfies(run -> assertThat(run.exit()).isEqualTo(2))
                .satisfies(run -> assertThat(run.output()).contains("must end in .svg or .png"));
        assertThat(CliRun.of("status", "no-such-experiment", "--aggregator", aggregator))
                .satisfies(run -> assertThat(run.exit()).isEqualTo(3))
                .satisfies(run -> assertThat(run.output()).contains("unknown experiment 'no-such-experiment'"));
    }

    /**
     * What Kafka's 7-day retention does to the work topics (requests, jobs, checkpoints, status, dead letters),
     * done at once: every record deleted. The topics the aggregator rebuilds from are compacted or kept, so an
     * aggregator started afterwards still has every experiment.
     */
    @Test
    void anAggregatorStartedAfterTheWorkTopicsExpiredRebuildsEveryExperiment() throws Exception {
        JsonNode before = new AggregatorClient(system.aggregatorUrl()).results(id).orElseThrow();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka()))) {
            for (String topic : Topics.ALL) {
                Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topic)))
                        .all().get().values().iterator().next();
                Topics.retention(topic).configs().forEach((key, value) -> assertThat(config.get(key).value())
                        .as("%s %s", topic, key).isEqualTo(value));
            }
            List<TopicPartition> expiring = Topics.ALL.stream()
                    .filter(t -> Topics.retention(t) == Topics.Retention.DELETE)
                    .flatMap(t -> IntStream.range(0, Topics.partitions(t)).mapToObj(p -> new TopicPartition(t, p)))
                    .toList();
            Map<TopicPartition, RecordsToDelete> all = new HashMap<>();
            admin.listOffsets(expiring.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                    .all().get().forEach((tp, end) -> all.put(tp, RecordsToDelete.beforeOffset(end.offset())));
            admin.deleteRecords(all).all().get();
        }

        AggregatorClient restarted = restartAggregatorAndAwaitRebuilt();
        assertThat(restarted.results(id).orElseThrow()).isEqualTo(before);
        assertThat(restarted.experiment(id).orElseThrow().path("jobsDone").asInt()).isEqualTo(14);
    }

    @Test
    void aRestartedAggregatorRebuildsTheSameResultsAndPublishesNothingTwice() throws Exception {
        JsonNode before = new AggregatorClient(system.aggregatorUrl()).results(id).orElseThrow();

        AggregatorClient restarted = restartAggregatorAndAwaitRebuilt();
        assertThat(restarted.results(id).orElseThrow()).isEqualTo(before);
        try (TopicRecorder recorder = new TopicRecorder(system.kafka(), List.of(Topics.RESULTS))) {
            List<ConsumerRecord<String, String>> results = recorder.settle(Duration.ofSeconds(5)).stream()
                    .filter(r -> id.equals(r.key())).toList();
            assertThat(TopicRecorder.values(results, Topics.RESULTS, ExperimentResult.class)).singleElement()
                    .satisfies(result -> assertThat(result.findings()).hasSize(4 * Metric.values().length));
        }
    }

    /** Kills the aggregator, starts a fresh one and waits (at most a minute) until it has rebuilt the experiment. */
    private static AggregatorClient restartAggregatorAndAwaitRebuilt() throws InterruptedException {
        system.restart("aggregator");
        AggregatorClient restarted = new AggregatorClient(system.aggregatorUrl());
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!restarted.experiment(id).map(e -> e.path("state").asText()).orElse("").equals("COMPLETE")) {
            assertThat(System.nanoTime()).as("rebuilt within a minute").isLessThan(deadline);
            Thread.sleep(500);
        }
        return restarted;
    }
}
