package io.transferlab.trainer.training;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.contracts.json.Digests;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.CheckpointReady;
import io.transferlab.contracts.messaging.JobPartitions;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.messaging.ValidationPoint;
import io.transferlab.contracts.plan.JobPhase;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.data.HalfParts;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.checkpoint.CheckpointCodec;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.training.CodeVersion;
import io.transferlab.network.training.JobRunner;
import io.transferlab.network.training.JobSetup;
import io.transferlab.network.training.ProgressListener;
import io.transferlab.network.training.StopSignal;
import io.transferlab.storage.ObjectStore;
import io.transferlab.testsupport.GroupOffsets;
import io.transferlab.testsupport.LocalServersResource;
import io.transferlab.testsupport.MetricsScrape;
import io.transferlab.testsupport.Publish;
import io.transferlab.testsupport.TinyExperiment;
import io.transferlab.testsupport.TopicWatch;
import io.transferlab.trainer.ProgressEveryIteration;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import static io.transferlab.testsupport.Records.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trainer on the real broker and S3 server: jobs in on {@value Topics#JOBS}, checkpoints in object storage,
 * announcements on {@value Topics#CHECKPOINTS}, dependent jobs back on {@value Topics#JOBS}, events on
 * {@value Topics#STATUS}. Every test uses its own experiment id, so tests never see each other's records or objects.
 * Progress events are published every iteration here, so a test can tell where a job started training.
 */
@QuarkusTest
@QuarkusTestResource(LocalServersResource.class)
@TestProfile(ProgressEveryIteration.class)
class TrainerServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final long ITERATIONS = TinyExperiment.ITERATIONS;

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ObjectStore store;

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Test
    void trainsBaseNetAnnouncesItAndTrainsTheTransferNetItUnblocks() throws IOException {
        TinyExperiment experiment = TinyExperiment.create(TinyExperiment.uniqueId("trainer-flow"),
                List.of(Variant.BASE_B, Variant.BNB)).upload(store);
        PlannedJob base = experiment.job(Variant.BASE_B);
        PlannedJob bnb = experiment.job(Variant.BNB);
        try (TopicWatch checkpoints = TopicWatch.keys(companion, Topics.CHECKPOINTS, base.jobId(), bnb.jobId());
             TopicWatch jobs = TopicWatch.keys(companion, Topics.JOBS, bnb.jobId());
             TopicWatch status = TopicWatch.keys(companion, Topics.STATUS, base.jobId(), bnb.jobId())) {
            publishJob(experiment.trainingJob(Variant.BASE_B));

            CheckpointReady baseReady = ready(checkpoints.awaitFirst(key(base.jobId()), TIMEOUT));
            String finalKey = ObjectKeys.finalCheckpoint(experiment.experimentId(), base.jobId());
            assertThat(baseReady.job()).isEqualTo(base);
            assertThat(baseReady.checkpointKey()).isEqualTo(finalKey);
            assertThat(baseReady.testShard()).isEqualTo(experiment.shards().b().test());
            assertThat(baseReady.bestK()).isEqualTo(experiment.spec().evaluation().bestK());
            assertThat(baseReady.trainSeconds()).isPositive();
            assertCompleteManifest(baseReady.manifest(), experiment, base);
            assertThat(baseReady.manifest().provenance().parentCheckpointId()).isNull();

            Checkpoint stored = decode(store.get(finalKey).orElseThrow(), finalKey);
            assertThat(stored.manifest()).isEqualTo(baseReady.manifest());
            // Its mid-training checkpoint (iteration 4, counted in the metrics below) went once the final one was in.
            assertThat(store.exists(ObjectKeys.latestCheckpoint(experiment.experimentId(), base.jobId()))).isFalse();
            assertThat(stored.net().numParams()).isPositive();
            assertThat(stored.net().getLayerWiseConfigurations().getConfs()).isNotEmpty();

            // The trainer, not the test, publishes the job that waited on the base net.
            ConsumerRecord<String, String> released = jobs.awaitFirst(r -> true, TIMEOUT);
            TrainingJob dependent = Json.read(released.value(), TrainingJob.class);
            assertThat(dependent).isEqualTo(experiment.trainingJob(bnb));
            assertThat(released.partition()).as("its place in the plan's").isEqualTo(JobPartitions.of(dependent));

            CheckpointReady bnbReady = ready(checkpoints.awaitFirst(key(bnb.jobId()), TIMEOUT));
            assertCompleteManifest(bnbReady.manifest(), experiment, bnb);
            assertThat(bnbReady.manifest().provenance().parentCheckpointId())
                    .isEqualTo(baseReady.manifest().checkpointId());
            String bnbKey = ObjectKeys.finalCheckpoint(experiment.experimentId(), bnb.jobId());
            Checkpoint transferred = decode(store.get(bnbKey).orElseThrow(), bnbKey);
            assertThat(transferred.manifest()).isEqualTo(bnbReady.manifest());
            // BnB n=1 copies the base net's first layer and keeps it frozen: it came out of the parent checkpoint.
            assertBitIdentical("copied first layer", transferred.net().getLayer(0).params().toFloatVector(),
                    stored.net().getLayer(0).params().toFloatVector());

            status.await(2, state(JobStatus.State.FINISHED), TIMEOUT);
            for (PlannedJob job : List.of(base, bnb)) {
                List<JobStatus> events = statuses(status, job.jobId());
                assertThat(events).first().satisfies(e -> {
                    assertThat(e.state()).isEqualTo(JobStatus.State.STARTED);
                    assertThat(e.experimentId()).isEqualTo(experiment.experimentId());
                    assertThat(e.worker()).isNotBlank();
                });
                assertThat(events).last().satisfies(e -> {
                    assertThat(e.state()).isEqualTo(JobStatus.State.FINISHED);
                    assertThat(e.iteration()).isEqualTo(ITERATIONS);
                });
                assertThat(progressIterations(events)).containsExactlyElementsOf(iterations(1, ITERATIONS));
                assertThat(events).noneMatch(e -> e.state() == JobStatus.State.FAILED);
            }
            assertMetricsAfterBothJobs(experiment.experimentId());
        }
    }

    /**
     * /q/metrics after baseB and BnB n=1 trained: per-cell counters and timers, checkpoint uploads of both kinds, the
     * latest job's gauges tagged experiment, variant, n (the base net's gone once BnB started), the consumer's lag.
     */
    private void assertMetricsAfterBothJobs(String experimentId) {
        MetricsScrape scrape = MetricsScrape.of(metrics);
        for (String[] cell : List.of(new String[] {"variant", "baseB", "n", "0"},
                new String[] {"variant", "BnB", "n", "1"})) {
            assertThat(scrape.get("transferlab_trainer_jobs_completed_total", cell)).isGreaterThanOrEqualTo(1);
            assertThat(scrape.get("transferlab_trainer_job_duration_seconds_count", cell)).isGreaterThanOrEqualTo(1);
            assertThat(scrape.get("transferlab_trainer_job_duration_seconds_sum", cell)).isPositive();
        }
        for (String kind : List.of("latest", "final")) {
            assertThat(scrape.get("transferlab_trainer_checkpoint_upload_seconds_count", "kind", kind))
                    .isGreaterThanOrEqualTo(2);
            assertThat(scrape.get("transferlab_trainer_checkpoint_upload_bytes_sum", "kind", kind))
                    .isGreaterThan(10_000);
        }
        // Each part of the jobs besides the fit: these two fetched, built, validated, encoded and announced.
        for (JobPhase phase : List.of(JobPhase.FETCH, JobPhase.BUILD, JobPhase.VALIDATION, JobPhase.ENCODING,
                JobPhase.ANNOUNCE)) {
            assertThat(scrape.get("transferlab_trainer_phase_seconds_total", "phase", phase.label()))
                    .as(phase.label()).isPositive();
        }
        assertThat(scrape.get("transferlab_trainer_phase_seconds_total", "phase", JobPhase.PREFIX_CACHE.label()))
                .as("registered before any prefix was cached").isNotNegative();
        assertThat(scrape.get("transferlab_trainer_jobs_active")).isZero();
        assertThat(scrape.find("transferlab_trainer_jobs_failed_total")).allSatisfy(
                s -> assertThat(s.labels()).containsOnlyKeys("variant", "n"));

        String[] bnb = {"experiment", experimentId, "variant", "BnB", "n", "1"};
        assertThat(scrape.get("transferlab_trainer_iteration", bnb)).isEqualTo((double) ITERATIONS);
        assertThat(scrape.get("transferlab_trainer_iterations_planned", bnb)).isEqualTo((double) ITERATIONS);
        assertThat(scrape.get("transferlab_trainer_epoch", bnb)).isGreaterThanOrEqualTo(0);
        assertThat(scrape.get("transferlab_trainer_loss", bnb)).isFinite().isPositive();
        assertThat(scrape.get("transferlab_trainer_images_per_second", bnb)).isPositive();
        assertThat(scrape.get("transferlab_trainer_validation_accuracy", bnb)).isBetween(0.0, 1.0);
        assertThat(scrape.find("transferlab_trainer_loss", "experiment", experimentId, "variant", "baseB"))
                .as("a finished job's gauges are removed when the next job starts").isEmpty();
        assertThat(scrape.find("transferlab_trainer_loss")).allSatisfy(
                s -> assertThat(s.labels()).containsOnlyKeys("experiment", "variant", "n"));

        // Kafka's own client metrics, under the client id named after the trainers' group. The per-partition lag
        // reaches Micrometer on its next refresh (up to a minute): DashboardQueriesEndToEndTest waits for that one.
        assertThat(scrape.find("kafka_consumer_fetch_manager_records_lag_max", "client_id", "transferlab-trainers"))
                .isNotEmpty();
    }

    /**
     * However few jobs the topic has seen, the trainers' group has a committed offset on each of its partitions once a
     * trainer joined (CommittedStartTest shows on a bare consumer that it is the log start, and that nothing is
     * skipped): a lag-based autoscaler never counts records without a committed offset before them.
     */
    @Test
    void theTrainersGroupHasACommittedOffsetOnEveryJobsPartition() {
        assertThat(GroupOffsets.awaitOnEveryPartition(companion, "transferlab-trainers", Topics.JOBS, TIMEOUT))
                .hasSize(Topics.JOB_PARTITIONS);
    }

    @Test
    void duplicateJobIsAnnouncedAgainWithoutRetraining() {
        TinyExperiment experiment = TinyExperiment.create(TinyExperiment.uniqueId("trainer-dup"),
                List.of(Variant.BASE_B)).upload(store);
        PlannedJob job = experiment.job(Variant.BASE_B);
        String finalKey = ObjectKeys.finalCheckpoint(experiment.experimentId(), job.jobId());
        try (TopicWatch checkpoints = TopicWatch.keys(companion, Topics.CHECKPOINTS, job.jobId());
             TopicWatch status = TopicWatch.keys(companion, Topics.STATUS, job.jobId())) {
            publishJob(experiment.trainingJob(Variant.BASE_B));
            CheckpointReady first = ready(checkpoints.await(1, TIMEOUT).get(0));
            status.await(1, state(JobStatus.State.FINISHED), TIMEOUT);
            String digest = Digests.sha256(store.get(finalKey).orElseThrow());

            publishJob(experiment.trainingJob(Variant.BASE_B));
            CheckpointReady second = ready(checkpoints.await(2, TIMEOUT).get(1));
            status.await(2, state(JobStatus.State.FINISHED), TIMEOUT);

            assertThat(second.manifest().checkpointId()).isEqualTo(first.manifest().checkpointId());
            assertThat(second.manifest()).isEqualTo(first.manifest());
            assertThat(second.checkpointKey()).isEqualTo(first.checkpointKey());
            assertThat(second.trainSeconds()).isZero();
            assertThat(Digests.sha256(store.get(finalKey).orElseThrow())).isEqualTo(digest);
            List<JobStatus> events = statuses(status, job.jobId());
            assertThat(events).filteredOn(e -> e.state() == JobStatus.State.STARTED).hasSize(1);
            assertThat(progressIterations(events)).containsExactlyElementsOf(iterations(1, ITERATIONS));
        }
    }

    /**
     * A job whose earlier attempt died after its iteration-4 checkpoint continues from there and ends bit-identical to
     * a run that never stopped: batch order and dropout masks are functions of (seed, iteration) and the updater state
     * travels in the mid-training checkpoint (see the network module's ResumeTest). Both runs here use the CPU backend
     * in one JVM with the same thread count.
     */
    @Test
    void jobResumesFromItsLatestCheckpointAndEndsAsAnUninterruptedRun() throws IOException {
        TinyExperiment experiment = TinyExperiment.create(TinyExperiment.uniqueId("trainer-resume"),
                List.of(Variant.BASE_B)).upload(store);
        TrainingJob message = experiment.trainingJob(Variant.BASE_B);
        PlannedJob job = message.job();
        HalfParts parts = experiment.parts(Half.B);
        JobSetup setup = new JobSetup(job, message.spec().architecture(), message.spec().budget(),
                message.spec().evaluation(), message.specDigest(),
                experiment.shards().b().of(TinyExperiment.SEED).train().digest(), false);
        Map<Long, byte[]> saved = new TreeMap<>();
        Checkpoint uninterrupted = new JobRunner(setup, ProgressListener.NONE,
                c -> saved.put(c.manifest().progress().iteration(), CheckpointCodec.encode(c)), StopSignal.NEVER)
                .run(TensorSet.of(parts.train()), TensorSet.of(parts.validation()), null, null);
        assertThat(saved).containsOnlyKeys(4L, ITERATIONS);
        byte[] middle = saved.get(4L);
        assertThat(CheckpointCodec.readManifest(middle, "middle").complete()).isFalse();
        String latestKey = ObjectKeys.latestCheckpoint(experiment.experimentId(), job.jobId());
        store.put(latestKey, middle);

        String finalKey = ObjectKeys.finalCheckpoint(experiment.experimentId(), job.jobId());
        try (TopicWatch checkpoints = TopicWatch.keys(companion, Topics.CHECKPOINTS, job.jobId());
             TopicWatch status = TopicWatch.keys(companion, Topics.STATUS, job.jobId())) {
            publishJob(message);
            CheckpointReady ready = ready(checkpoints.await(1, TIMEOUT).get(0));
            status.await(1, state(JobStatus.State.FINISHED), TIMEOUT);

            // It resumed: steps 5..8 only, said so, and the iteration-4 checkpoint was never written again.
            assertThat(progressIterations(statuses(status, job.jobId())))
                    .containsExactlyElementsOf(iterations(5, ITERATIONS));
            assertThat(statuses(status, job.jobId())).filteredOn(e -> e.state() == JobStatus.State.STARTED)
                    .singleElement().satisfies(started -> assertThat(started.iteration()).isEqualTo(4))
                    .satisfies(started -> assertThat(started.message())
                            .isEqualTo("resumed from the checkpoint at iteration 4"));
            assertThat(store.exists(latestKey)).as("removed once the final checkpoint was stored").isFalse();

            Checkpoint resumed = decode(store.get(finalKey).orElseThrow(), finalKey);
            assertThat(ready.manifest()).isEqualTo(uninterrupted.manifest());
            assertThat(resumed.manifest()).isEqualTo(uninterrupted.manifest());
            // Equal parameters need the momentum restored at iteration 4; the final checkpoint itself carries none.
            assertBitIdentical("parameters", resumed.net().params().toFloatVector(),
                    uninterrupted.net().params().toFloatVector());
        }
    }

    /** A latest checkpoint that cannot be read costs its head start, not the job. */
    @Test
    void anUnreadableLatestCheckpointIsTrainedPastFromTheStart() {
        TinyExperiment experiment = TinyExperiment.create(TinyExperiment.uniqueId("trainer-damaged"),
                List.of(Variant.BASE_B)).upload(store);
        PlannedJob job = experiment.job(Variant.BASE_B);
        store.put(ObjectKeys.latestCheckpoint(experiment.experimentId(), job.jobId()),
                "PK not really a checkpoint".getBytes(StandardCharsets.UTF_8));
        try (TopicWatch status = TopicWatch.keys(companion, Topics.STATUS, job.jobId())) {
            publishJob(experiment.trainingJob(Variant.BASE_B));
            status.await(1, state(JobStatus.State.FINISHED), TIMEOUT);

            List<JobStatus> events = statuses(status, job.jobId());
            assertThat(events).filteredOn(e -> e.state() == JobStatus.State.STARTED).singleElement()
                    .satisfies(started -> assertThat(started.iteration()).isZero());
            assertThat(progressIterations(events)).containsExactlyElementsOf(iterations(1, ITERATIONS));
        }
    }

    @Test
    void poisonJobGoesToDeadLettersAndTheTrainerKeepsWorking() {
        String poisonKey = TinyExperiment.uniqueId("poison");
        String poison = "{ this is not a training job";
        TinyExperiment experiment = TinyExperiment.create(TinyExperiment.uniqueId("trainer-after-poison"),
                List.of(Variant.BASE_B)).upload(store);
        PlannedJob job = experiment.job(Variant.BASE_B);
        try (TopicWatch deadLetters = TopicWatch.keys(companion, Topics.DEAD_LETTERS, poisonKey);
             TopicWatch checkpoints = TopicWatch.keys(companion, Topics.CHECKPOINTS, job.jobId())) {
            Publish.value(companion, Topics.JOBS, poisonKey, poison);

            ConsumerRecord<String, String> dead = deadLetters.awaitFirst(r -> true, TIMEOUT);
            assertThat(dead.value()).isEqualTo(poison);
            assertThat(header(dead, "dead-letter-reason")).isNotBlank();
            assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topics.JOBS);

            publishJob(experiment.trainingJob(Variant.BASE_B));
            CheckpointReady ready = ready(checkpoints.await(1, TIMEOUT).get(0));
            assertCompleteManifest(ready.manifest(), experiment, job);
        }
    }

    private static void assertCompleteManifest(CheckpointManifest manifest, TinyExperiment experiment,
                                               PlannedJob job) {
        assertThat(manifest.checkpointId()).isEqualTo(CheckpointManifest.checkpointId(job.jobId(), ITERATIONS));
        assertThat(manifest.jobId()).isEqualTo(job.jobId());
        assertThat(manifest.variant()).isEqualTo(job.variant());
        assertThat(manifest.depth()).isEqualTo(job.depth());
        assertThat(manifest.numClasses()).isEqualTo(2);
        assertThat(manifest.complete()).isTrue();
        assertThat(manifest.progress().iteration()).isEqualTo(ITERATIONS);
        assertThat(manifest.progress().totalIterations()).isEqualTo(ITERATIONS);
        assertThat(manifest.progress().validations()).extracting(ValidationPoint::iteration)
                .containsExactly(4L, 8L);
        assertThat(manifest.progress().validations()).extracting(ValidationPoint::accuracy)
                .allSatisfy(accuracy -> assertThat(accuracy).isBetween(0.0, 1.0));
        assertThat(manifest.provenance().specDigest()).isEqualTo(experiment.specDigest());
        assertThat(manifest.provenance().seed()).isEqualTo(job.seed());
        assertThat(manifest.provenance().dataDigest())
                .isEqualTo(experiment.shards().b().of(TinyExperiment.SEED).train().digest());
        assertThat(manifest.provenance().codeVersion()).isEqualTo(CodeVersion.get()).isNotBlank()
                .isNotEqualTo("unknown");
    }

    private void publishJob(TrainingJob job) {
        Publish.value(companion, Topics.JOBS, job.job().jobId(), Json.write(job));
    }

    /** Element-wise, by bit pattern; AssertJ's containsExactly takes tens of seconds on 300k floats. */
    private static void assertBitIdentical(String what, float[] actual, float[] expected) {
        assertThat(actual.length).as(what + ": length").isEqualTo(expected.length);
        int differing = 0;
        int first = -1;
        for (int i = 0; i < actual.length; i++) {
            if (Float.floatToRawIntBits(actual[i]) != Float.floatToRawIntBits(expected[i])) {
                differing++;
                first = first < 0 ? i : first;
            }
        }
        assertThat(differing).as("%s: %d of %d values differ, the first at index %d (%s, expected %s)", what,
                differing, actual.length, first, first < 0 ? "" : actual[first],
                first < 0 ? "" : expected[first]).isZero();
    }

    private static CheckpointReady ready(ConsumerRecord<String, String> record) {
        return Json.read(record.value(), CheckpointReady.class);
    }

    private static Predicate<ConsumerRecord<String, String>> key(String key) {
        return record -> key.equals(record.key());
    }

    private static Predicate<ConsumerRecord<String, String>> state(JobStatus.State state) {
        return record -> Json.read(record.value(), JobStatus.class).state() == state;
    }

    private static List<JobStatus> statuses(TopicWatch watch, String jobId) {
        return watch.records().stream().filter(r -> jobId.equals(r.key()))
                .map(r -> Json.read(r.value(), JobStatus.class)).toList();
    }

    private static List<Long> progressIterations(List<JobStatus> events) {
        return events.stream().filter(e -> e.state() == JobStatus.State.PROGRESS).map(JobStatus::iteration).toList();
    }

    private static List<Long> iterations(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }


    private static Checkpoint decode(byte[] bytes, String key) throws IOException {
        return CheckpointCodec.decode(bytes, key);
    }
}
