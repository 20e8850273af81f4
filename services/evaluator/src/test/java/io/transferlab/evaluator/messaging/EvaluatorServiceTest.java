package io.transferlab.evaluator.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.CheckpointReady;
import io.transferlab.contracts.messaging.DepthEstimates;
import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.EvaluationReport;
import io.transferlab.contracts.messaging.Provenance;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.messaging.TrainingProgress;
import io.transferlab.contracts.messaging.ValidationPoint;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.data.HalfParts;
import io.transferlab.network.architecture.Compact8;
import io.transferlab.network.backend.CpuFeatures;
import io.transferlab.network.backend.NativeBuild;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.checkpoint.CheckpointCodec;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.evaluation.Evaluator;
import io.transferlab.network.model.NetFactory;
import io.transferlab.network.training.CheckpointSink;
import io.transferlab.network.training.JobRunner;
import io.transferlab.network.training.JobSetup;
import io.transferlab.network.training.ProgressListener;
import io.transferlab.network.training.StopSignal;
import io.transferlab.network.transferability.Estimator;
import io.transferlab.storage.ObjectStore;
import io.transferlab.testsupport.GroupOffsets;
import io.transferlab.testsupport.LocalServersResource;
import io.transferlab.testsupport.MetricsScrape;
import io.transferlab.testsupport.Publish;
import io.transferlab.testsupport.TinyExperiment;
import io.transferlab.testsupport.TopicWatch;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static io.transferlab.testsupport.Records.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The evaluator on the real broker and S3 server: announcements in on {@value Topics#CHECKPOINTS}, checkpoints and
 * test shards from object storage, evaluations out on {@value Topics#EVALUATIONS} and stored next to the checkpoint,
 * a seed's transfer estimates out on {@value Topics#ESTIMATES} once both its base nets are stored.
 * The checkpoints are real: the tiny experiment's baseB net, trained in the test. Every test uses its own experiment.
 */
@QuarkusTest
@QuarkusTestResource(LocalServersResource.class)
class EvaluatorServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ObjectStore store;

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Test
    void scoresTheFinalCheckpointOnTheTestShardAndStoresTheEvaluation() throws IOException {
        TinyExperiment experiment = TinyExperiment.create(TinyExperiment.uniqueId("evaluator-score"),
                List.of(Variant.BASE_B)).upload(store);
        Checkpoint trained = trainAndStore(experiment, Variant.BASE_B);
        CheckpointReady ready = announcement(experiment, trained);
        PlannedJob job = ready.job();
        try (TopicWatch evaluations = TopicWatch.keys(companion, Topics.EVALUATIONS, job.jobId())) {
            Publish.value(companion, Topics.CHECKPOINTS, job.jobId(), Json.write(ready));
            ConsumerRecord<String, String> record = evaluations.await(1, TIMEOUT).get(0);
            EvaluationCompleted evaluation = Json.read(record.value(), EvaluationCompleted.class);

            assertThat(evaluation.job()).isEqualTo(job);
            assertThat(evaluation.checkpointId()).isEqualTo(trained.manifest().checkpointId());
            assertThat(evaluation.provenance()).isEqualTo(trained.manifest().provenance());
            assertThat(evaluation.bestValidation())
                    .isEqualTo(trained.manifest().progress().bestMean(ready.bestK()).orElseThrow());

            EvaluationReport report = evaluation.report();
            int testImages = experiment.shards().b().test().count();
            assertThat(report.images()).isEqualTo(testImages).isEqualTo(experiment.parts(Half.B).test().count());
            assertConsistent(report);
            // The same net on the same images, scored here, gives the same confusion matrix.
            EvaluationReport local = Evaluator.evaluate(trained.net(), TensorSet.of(experiment.parts(Half.B).test()));
            assertThat(report.confusion()).isEqualTo(local.confusion());
            assertThat(report.accuracy()).isEqualTo(local.accuracy());
            assertThat(report.loss()).isCloseTo(local.loss(), within(1e-6));

            String evaluationKey = ObjectKeys.evaluation(experiment.experimentId(), job.jobId());
            String stored = new String(store.get(evaluationKey).orElseThrow(), StandardCharsets.UTF_8);
            assertThat(Json.read(stored, EvaluationCompleted.class)).isEqualTo(evaluation);
            assertThat(stored).isEqualTo(record.value());

            // Measured per Figure 2 cell, before the evaluation was published.
            MetricsScrape scrape = MetricsScrape.of(metrics);
            String[] cell = {"variant", "baseB", "n", "0"};
            assertThat(scrape.get("transferlab_evaluator_evaluation_duration_seconds_count", cell))
                    .isGreaterThanOrEqualTo(1);
            assertThat(scrape.get("transferlab_evaluator_evaluation_duration_seconds_sum", cell)).isPositive();
            assertThat(scrape.get("transferlab_evaluator_accuracy_count", cell)).isGreaterThanOrEqualTo(1);
            assertThat(scrape.get("transferlab_evaluator_last_accuracy", cell)).isCloseTo(report.accuracy(),
                    within(1e-9));
            assertThat(scrape.find("transferlab_evaluator_accuracy_sum")).allSatisfy(
                    s -> assertThat(s.labels()).containsOnlyKeys("variant", "n"));
            // Scored on the native build for this CPU, convolutions in oneDNN.
            assertThat(scrape.get("transferlab_evaluator_backend_info", "backend", "cpu", "native_build",
                    NativeBuild.choose(NativeBuild.AUTO, CpuFeatures.read()).setting(), "helpers", "on"))
                    .isEqualTo(1.0);
        }
    }

    /** Once an evaluator joined, its group has a committed offset on every partition, for a lag-based autoscaler. */
    @Test
    void theEvaluatorsGroupHasACommittedOffsetOnEveryPartition() {
        assertThat(GroupOffsets.awaitOnEveryPartition(companion, "transferlab-evaluators", Topics.CHECKPOINTS,
                TIMEOUT)).hasSize(Topics.partitions(Topics.CHECKPOINTS));
    }

    @Test
    void duplicateAnnouncementGetsAnIdenticalEvaluation() throws IOException {
        TinyExperiment experiment = TinyExperiment.create(TinyExperiment.uniqueId("evaluator-dup"),
                List.of(Variant.BASE_B)).upload(store);
        CheckpointReady ready = announcement(experiment, trainAndStore(experiment, Variant.BASE_B));
        String jobId = ready.job().jobId();
        try (TopicWatch evaluations = TopicWatch.keys(companion, Topics.EVALUATIONS, jobId)) {
            Publish.value(companion, Topics.CHECKPOINTS, jobId, Json.write(ready));
            String first = evaluations.await(1, TIMEOUT).get(0).value();
            Publish.value(companion, Topics.CHECKPOINTS, jobId, Json.write(ready));
            String second = evaluations.await(2, TIMEOUT).get(1).value();

            assertThat(second).isEqualTo(first);
            assertThat(Json.read(second, EvaluationCompleted.class))
                    .isEqualTo(Json.read(first, EvaluationCompleted.class));
        }
    }

    @Test
    void poisonAnnouncementGoesToDeadLettersAndTheEvaluatorKeepsWorking() throws IOException {
        String poisonKey = TinyExperiment.uniqueId("poison");
        String poison = "definitely not a checkpoint announcement";
        TinyExperiment experiment = TinyExperiment.create(TinyExperiment.uniqueId("evaluator-after-poison"),
                List.of(Variant.BASE_B)).upload(store);
        CheckpointReady ready = announcement(experiment, trainAndStore(experiment, Variant.BASE_B));
        try (TopicWatch deadLetters = TopicWatch.keys(companion, Topics.DEAD_LETTERS, poisonKey);
             TopicWatch evaluations = TopicWatch.keys(companion, Topics.EVALUATIONS, ready.job().jobId())) {
            Publish.value(companion, Topics.CHECKPOINTS, poisonKey, poison);

            ConsumerRecord<String, String> dead = deadLetters.await(1, TIMEOUT).get(0);
            assertThat(dead.value()).isEqualTo(poison);
            assertThat(header(dead, "dead-letter-reason")).isNotBlank();
            assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topics.CHECKPOINTS);
            // Kafka's producer metrics count what went to the dead-letter topic (bound on Micrometer's refresh).
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(MetricsScrape.of(metrics)
                    .find("kafka_producer_topic_record_send_total", "topic", Topics.DEAD_LETTERS)).isNotEmpty());

            Publish.value(companion, Topics.CHECKPOINTS, ready.job().jobId(), Json.write(ready));
            EvaluationCompleted evaluation = Json.read(evaluations.await(1, TIMEOUT).get(0).value(),
                    EvaluationCompleted.class);
            assertThat(evaluation.checkpointId()).isEqualTo(ready.manifest().checkpointId());
            assertConsistent(evaluation.report());
        }
    }

    /** A well-formed announcement of a checkpoint that is not in object storage cannot be scored: dead letter. */
    @Test
    void announcementOfAMissingCheckpointGoesToDeadLetters() {
        TinyExperiment experiment = TinyExperiment.create(TinyExperiment.uniqueId("evaluator-missing"),
                List.of(Variant.BASE_B)).upload(store);
        TrainingJob message = experiment.trainingJob(Variant.BASE_B);
        PlannedJob job = message.job();
        String absentKey = ObjectKeys.finalCheckpoint(experiment.experimentId(), job.jobId());
        CheckpointManifest manifest = new CheckpointManifest(
                CheckpointManifest.checkpointId(job.jobId(), TinyExperiment.ITERATIONS), job.jobId(), job.variant(),
                job.depth(), 2, true,
                new TrainingProgress(2, TinyExperiment.ITERATIONS, TinyExperiment.ITERATIONS,
                        List.of(new ValidationPoint(TinyExperiment.ITERATIONS, 0.5))),
                new Provenance(message.specDigest(), job.seed(), 1, 2,
                        experiment.shards().b().of(TinyExperiment.SEED).train().digest(), null, "test"));
        String value = Json.write(new CheckpointReady(job, absentKey, manifest, experiment.shards().b().test(),
                experiment.spec().evaluation().bestK(), 0));
        try (TopicWatch deadLetters = TopicWatch.keys(companion, Topics.DEAD_LETTERS, job.jobId())) {
            Publish.value(companion, Topics.CHECKPOINTS, job.jobId(), value);

            ConsumerRecord<String, String> dead = deadLetters.await(1, TIMEOUT).get(0);
            assertThat(dead.value()).isEqualTo(value);
            assertThat(header(dead, "dead-letter-reason")).contains(absentKey);
            assertThat(store.exists(ObjectKeys.evaluation(experiment.experimentId(), job.jobId()))).isFalse();
        }
    }

    /**
     * Transfer estimates follow the second base net of a seed, whichever it is: baseB announced alone completes
     * nothing; baseA announced once baseB is stored completes the seed, with the numbers the estimator gives here on
     * the same checkpoints and images, stored; a replayed announcement is answered from storage.
     */
    @Test
    void theSecondBaseNetCompletesItsSeedsEstimates() throws IOException {
        TinyExperiment experiment = bothBaseNets("evaluator-estimates");
        String id = experiment.experimentId();
        String key = EstimatesCompleted.key(id, TinyExperiment.SEED);
        String stored = ObjectKeys.estimates(id, TinyExperiment.SEED);
        Checkpoint baseB = trainAndStore(experiment, Variant.BASE_B);
        try (TopicWatch estimates = TopicWatch.keys(companion, Topics.ESTIMATES, key);
             TopicWatch evaluations = TopicWatch.keys(companion, Topics.EVALUATIONS,
                     experiment.job(Variant.BASE_B).jobId(), experiment.job(Variant.BASE_A).jobId())) {
            Publish.value(companion, Topics.CHECKPOINTS, experiment.job(Variant.BASE_B).jobId(),
                    Json.write(announcement(experiment, baseB)));
            evaluations.await(1, TIMEOUT);
            assertThat(store.exists(stored)).as("baseA is not stored yet").isFalse();

            Checkpoint baseA = trainAndStore(experiment, Variant.BASE_A);
            CheckpointReady readyA = announcement(experiment, baseA);
            Publish.value(companion, Topics.CHECKPOINTS, readyA.job().jobId(), Json.write(readyA));
            String first = estimates.await(1, TIMEOUT).get(0).value();
            EstimatesCompleted completed = Json.read(first, EstimatesCompleted.class);

            assertThat(completed.failure()).isNull();
            assertThat(completed.baseAJobId()).isEqualTo(readyA.job().jobId());
            assertThat(completed.baseBJobId()).isEqualTo(experiment.job(Variant.BASE_B).jobId());
            assertThat(completed.depths()).extracting(DepthEstimates::depth).isEqualTo(experiment.spec().depths());
            assertThat(completed.costs().total()).isPositive().isLessThan(completed.seconds());
            TensorSet train = TensorSet.of(experiment.parts(Half.B).train());
            MultiLayerNetwork random = NetFactory.create(new Compact8(), train.shape(), train.numClasses(),
                    experiment.spec().budget(), JobSetup.streamSeed(TinyExperiment.SEED, Half.B), 0);
            DepthEstimates here = new Estimator(baseA.net(), baseB.net(), random,
                    NetFactory.layout(new Compact8(), train.shape(), train.numClasses()))
                    .estimate(train, TensorSet.of(experiment.parts(Half.B).validation()), List.of(1)).get(0);
            DepthEstimates there = completed.depths().get(0);
            assertThat(List.of(there.probeA(), there.probeRandom(), there.logMeA(), there.logMeRandom(),
                    there.hScoreA(), there.hScoreRandom(), there.ckaAB(), there.ckaRandomB()))
                    .containsExactly(here.probeA(), here.probeRandom(), here.logMeA(), here.logMeRandom(),
                            here.hScoreA(), here.hScoreRandom(), here.ckaAB(), here.ckaRandomB());
            assertThat(new String(store.get(stored).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo(first);

            Publish.value(companion, Topics.CHECKPOINTS, readyA.job().jobId(), Json.write(readyA));
            assertThat(estimates.await(2, TIMEOUT).get(1).value()).isEqualTo(first);
            assertThat(MetricsScrape.of(metrics).get("transferlab_evaluator_estimates_duration_seconds_count"))
                    .as("computed once").isEqualTo(1);
        }
    }

    /** Estimates that cannot be computed are announced with the reason, so the experiment does not wait for them. */
    @Test
    void estimatesThatFailAreAnnouncedWithTheReasonAndNotStored() throws IOException {
        TinyExperiment experiment = bothBaseNets("evaluator-estimates-fail");
        String id = experiment.experimentId();
        String damaged = ObjectKeys.finalCheckpoint(id, experiment.job(Variant.BASE_A).jobId());
        store.put(damaged, "not a checkpoint".getBytes(StandardCharsets.UTF_8));
        CheckpointReady readyB = announcement(experiment, trainAndStore(experiment, Variant.BASE_B));
        try (TopicWatch estimates = TopicWatch.keys(companion, Topics.ESTIMATES,
                EstimatesCompleted.key(id, TinyExperiment.SEED))) {
            Publish.value(companion, Topics.CHECKPOINTS, readyB.job().jobId(), Json.write(readyB));

            EstimatesCompleted failed = Json.read(estimates.await(1, TIMEOUT).get(0).value(),
                    EstimatesCompleted.class);
            assertThat(failed.depths()).isEmpty();
            assertThat(failed.failure()).contains(damaged);
            assertThat(store.exists(ObjectKeys.estimates(id, TinyExperiment.SEED))).isFalse();
        }
    }

    /** An experiment of baseA and baseB, its shards and its accepted event stored, as data-prep stores them. */
    private TinyExperiment bothBaseNets(String prefix) {
        TinyExperiment experiment = TinyExperiment.create(TinyExperiment.uniqueId(prefix),
                List.of(Variant.BASE_A, Variant.BASE_B)).upload(store);
        store.put(ObjectKeys.accepted(experiment.experimentId()),
                Json.write(experiment.accepted()).getBytes(StandardCharsets.UTF_8));
        return experiment;
    }

    /**
     * Trains the variant's job here, as a trainer would (same setup, same data), and puts its final checkpoint where
     * the trainer puts it.
     */
    private Checkpoint trainAndStore(TinyExperiment experiment, Variant variant) throws IOException {
        TrainingJob message = experiment.trainingJob(variant);
        HalfParts parts = experiment.parts(variant.target());
        JobSetup setup = new JobSetup(message.job(), message.spec().architecture(), message.spec().budget(),
                message.spec().evaluation(), message.specDigest(),
                experiment.shards().half(variant.target()).of(TinyExperiment.SEED).train().digest(), false);
        Checkpoint done = new JobRunner(setup, ProgressListener.NONE, CheckpointSink.NONE, StopSignal.NEVER)
                .run(TensorSet.of(parts.train()), TensorSet.of(parts.validation()), null, null);
        byte[] bytes = CheckpointCodec.encode(done);
        store.put(ObjectKeys.finalCheckpoint(experiment.experimentId(), message.job().jobId()), bytes);
        // What the evaluator will read back, not the live net: the comparison then covers the codec as well.
        return CheckpointCodec.decode(bytes, "trained");
    }

    private static CheckpointReady announcement(TinyExperiment experiment, Checkpoint checkpoint) {
        PlannedJob job = experiment.job(checkpoint.manifest().variant());
        return new CheckpointReady(job, ObjectKeys.finalCheckpoint(experiment.experimentId(), job.jobId()),
                checkpoint.manifest(), experiment.shards().half(job.variant().target()).test(),
                experiment.spec().evaluation().bestK(), 1.5);
    }

    /** Accuracy, per-class accuracy and image count all agree with the confusion matrix. */
    private static void assertConsistent(EvaluationReport report) {
        List<List<Integer>> confusion = report.confusion();
        assertThat(confusion).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(2));
        int total = confusion.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
        int correct = IntStream.range(0, confusion.size()).map(i -> confusion.get(i).get(i)).sum();
        assertThat(total).isEqualTo(report.images());
        assertThat(report.accuracy()).isCloseTo((double) correct / total, within(1e-12)).isBetween(0.0, 1.0);
        for (int actual = 0; actual < confusion.size(); actual++) {
            int rowTotal = confusion.get(actual).stream().mapToInt(Integer::intValue).sum();
            assertThat(report.perClassAccuracy().get(actual))
                    .isCloseTo((double) confusion.get(actual).get(actual) / rowTotal, within(1e-12));
        }
        assertThat(report.loss()).isPositive().isFinite();
    }
}
