package io.transferlab.cli;

import io.transferlab.analysis.Metric;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.CheckpointReady;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.messaging.RequestRejected;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.infra.ServerEnv;
import io.transferlab.storage.ObjectStore;
import io.transferlab.storage.StorageSettings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole system on the real broker and S3 server, the four services as separate processes: a tiny experiment
 * submitted through the CLI runs every planned job once, and a malformed request is only rejected.
 */
class PipelineEndToEndTest {

    private static LocalSystem system;
    private static Path dataDir;

    @BeforeAll
    static void startSystem() throws Exception {
        system = LocalSystem.shared();
        dataDir = TinyDataSet.write();
    }

    @Test
    void everyPlannedJobRunsOnceAndOneResultArrives() throws Exception {
        String id = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        Path request = Files.writeString(dataDir.resolve(id + ".json"), """
                {"experimentId": "%s", "dataset": {"name": "mnist", "location": "%s"},
                 "split": {"classesA": [0, 1], "classesB": [2, 3]}, "depths": [1, 2], "seeds": [1],
                 "budget": {"iterations": 6, "batchSize": 16, "checkpointEvery": 3},
                 "evaluation": {"validateEvery": 3, "validationImages": 20, "testImages": 40}}
                """.formatted(id, dataDir));
        Path results = Files.createTempDirectory("transferlab-e2e-results-");

        int exit = TransferLabCli.commandLine().execute("submit", request.toString(), "--follow",
                "--kafka", system.kafka(), "--aggregator", system.aggregatorUrl(), "--results", results.toString(),
                "--timeout-minutes", "10");

        assertThat(exit).isZero();
        assertThat(results.resolve(id).resolve("results.csv")).exists();
        try (TopicRecorder recorder = new TopicRecorder(system.kafka(), Topics.ALL)) {
            List<ConsumerRecord<String, String>> records = recorder.until(
                    r -> r.stream().anyMatch(x -> x.topic().equals(Topics.RESULTS) && id.equals(x.key())),
                    Duration.ofMinutes(2));
            records = recorder.settle(Duration.ofSeconds(3)).stream().filter(r -> mine(r, id)).toList();
            SchemaAssertions.assertMatchTheirTopicSchemas(records);

            ExperimentAccepted accepted = single(TopicRecorder.values(records, Topics.EXPERIMENTS,
                    ExperimentAccepted.class));
            List<String> planned = accepted.plan().stream().map(PlannedJob::jobId).sorted().toList();
            assertThat(planned).hasSize(12);
            assertThat(countBy(TopicRecorder.values(records, Topics.JOBS, TrainingJob.class), j -> j.job().jobId()))
                    .containsOnlyKeys(planned).allSatisfy((job, n) -> assertThat(n).as(job).isEqualTo(1L));
            List<JobStatus> statuses = TopicRecorder.values(records, Topics.STATUS, JobStatus.class);
            assertThat(countBy(statuses.stream().filter(s -> s.state() == JobStatus.State.STARTED).toList(),
                    JobStatus::jobId)).containsOnlyKeys(planned).allSatisfy((job, n) -> assertThat(n).isEqualTo(1L));
            assertThat(statuses).noneMatch(s -> s.state() == JobStatus.State.FAILED);
            List<CheckpointReady> checkpoints = TopicRecorder.values(records, Topics.CHECKPOINTS,
                    CheckpointReady.class);
            assertThat(countBy(checkpoints, c -> c.job().jobId())).containsOnlyKeys(planned)
                    .allSatisfy((job, n) -> assertThat(n).isEqualTo(1L));
            assertThat(countBy(TopicRecorder.values(records, Topics.EVALUATIONS, EvaluationCompleted.class),
                    e -> e.job().jobId())).containsOnlyKeys(planned).allSatisfy((job, n) -> assertThat(n).isEqualTo(1L));

            Map<String, CheckpointManifest> manifests = checkpoints.stream().collect(Collectors.toMap(
                    c -> c.job().jobId(), c -> storedManifest(c.checkpointKey())));
            for (PlannedJob job : accepted.plan()) {
                CheckpointManifest manifest = manifests.get(job.jobId());
                assertThat(manifest.complete()).isTrue();
                assertThat(manifest.progress().iteration()).isEqualTo(6);
                assertThat(manifest.provenance().specDigest()).isEqualTo(accepted.specDigest());
                assertThat(manifest.provenance().dataDigest())
                        .isEqualTo(accepted.shards().half(job.variant().target()).of(job.seed()).train().digest());
                assertThat(manifest.provenance().parentCheckpointId()).isEqualTo(job.parentJobId() == null ? null
                        : manifests.get(job.parentJobId()).checkpointId());
            }

            ExperimentResult result = single(TopicRecorder.values(records, Topics.RESULTS, ExperimentResult.class));
            assertThat(result.jobs()).isEqualTo(12);
            assertThat(result.cells()).hasSize(12).allSatisfy(cell -> {
                assertThat(cell.count()).isEqualTo(1);
                assertThat(cell.metrics()).hasSize(Metric.values().length).allSatisfy(m -> assertThat(m.mean()).isBetween(0.0, 1.0));
            });
        }
    }

    @Test
    void malformedRequestIsRejectedAndNothingElseHappens() throws Exception {
        String id = "e2e-bad-" + UUID.randomUUID().toString().substring(0, 8);
        Path request = Files.writeString(dataDir.resolve(id + ".json"), """
                {"experimentId": "%s", "dataset": {"name": "mnist", "location": "%s"}, "depths": [0, 9]}
                """.formatted(id, dataDir));

        int exit = TransferLabCli.commandLine().execute("submit", request.toString(), "--follow",
                "--kafka", system.kafka(), "--aggregator", system.aggregatorUrl(), "--timeout-minutes", "2");

        assertThat(exit).isEqualTo(2);
        try (TopicRecorder recorder = new TopicRecorder(system.kafka(), Topics.ALL)) {
            recorder.until(r -> r.stream().anyMatch(x -> x.topic().equals(Topics.REJECTIONS) && id.equals(x.key())),
                    Duration.ofMinutes(1));
            List<ConsumerRecord<String, String>> mine = recorder.settle(Duration.ofSeconds(3)).stream()
                    .filter(r -> mine(r, id)).toList();
            RequestRejected rejected = single(TopicRecorder.values(mine, Topics.REJECTIONS, RequestRejected.class));
            assertThat(rejected.reasons()).anySatisfy(r -> assertThat(r).contains("depths[0]").contains("1..7"))
                    .anySatisfy(r -> assertThat(r).contains("depths[1]"));
            assertThat(mine).extracting(ConsumerRecord::topic).containsOnly(Topics.REQUESTS, Topics.REJECTIONS);
        }
    }

    /** Records of this experiment: keyed by its id, or by one of its job ids. */
    private static boolean mine(ConsumerRecord<String, String> record, String id) {
        return record.key() != null && (record.key().equals(id) || record.key().startsWith(id + "."));
    }

    private static CheckpointManifest storedManifest(String key) {
        ServerEnv env = system.servers.env();
        byte[] bytes = new ObjectStore(new StorageSettings(env.s3Endpoint(), env.accessKey(), env.secretKey(),
                env.bucket())).get(key).orElseThrow(() -> new AssertionError("no checkpoint at " + key));
        assertThat(key).isEqualTo(ObjectKeys.finalCheckpoint(key.split("/")[1], key.split("/")[3]));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("manifest.json")) {
                    return Json.read(new String(zip.readAllBytes(), StandardCharsets.UTF_8),
                            CheckpointManifest.class);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(key + " is not a readable checkpoint", e);
        }
        throw new AssertionError(key + " has no manifest");
    }

    private static <T> Map<String, Long> countBy(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static <T> T single(List<T> values) {
        assertThat(values).hasSize(1);
        return values.get(0);
    }
}
