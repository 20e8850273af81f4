package io.transferlab.trainer.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.ImageLimit;
import io.transferlab.contracts.spec.ResolvedBudget;
import io.transferlab.contracts.spec.ResolvedEvaluation;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.TrainingLength;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.training.CheckpointSink;
import io.transferlab.network.training.IterationStats;
import io.transferlab.network.training.JobRunner;
import io.transferlab.network.training.JobSetup;
import io.transferlab.network.training.ProgressListener;
import io.transferlab.network.training.StopSignal;
import io.transferlab.storage.ObjectStore;
import io.transferlab.testsupport.LocalServersResource;
import io.transferlab.testsupport.MetricsScrape;
import io.transferlab.testsupport.Publish;
import io.transferlab.testsupport.TinyExperiment;
import io.transferlab.testsupport.TopicWatch;
import io.transferlab.trainer.ProgressEveryIteration;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer stays live and ready while a job trains on its worker thread for longer than half a minute: the channel
 * keeps polling, and the throttled commit strategy does not count the record in training as stuck (its age limit is
 * the trainer's longest job, a day by default). Same profile as the other service tests, so no second start.
 */
@QuarkusTest
@QuarkusTestResource(LocalServersResource.class)
@TestProfile(ProgressEveryIteration.class)
class TrainerHealthTest {

    private static final Duration TRAINING = Duration.ofSeconds(30);
    /**
     * The job is sized from a measured rate to take about this long, so that it surely outlasts {@link #TRAINING}:
     * the measurement in a cold JVM is pessimistic, and jobs sized for 45 and 60 s trained in 32 and 34 s here; one
     * sized for 90 s, measured while another build loaded the machine, trained in 27 s once it had the cores.
     */
    private static final Duration PLANNED = Duration.ofSeconds(150);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ObjectStore store;

    @TestHTTPResource("/q/health/live")
    URI live;

    @TestHTTPResource("/q/health/ready")
    URI ready;

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Test
    void liveAndReadyThroughoutAJobOfMoreThanHalfAMinute() throws Exception {
        TinyExperiment experiment = TinyExperiment.create(TinyExperiment.uniqueId("trainer-long"),
                List.of(Variant.BASE_B)).upload(store);
        long iterations = iterationsLasting(experiment, PLANNED);
        TrainingJob job = withIterations(experiment, iterations);
        String jobId = job.job().jobId();
        try (TopicWatch events = TopicWatch.of(companion, Topics.STATUS, r -> jobId.equals(r.key())
                && Json.read(r.value(), JobStatus.class).state() != JobStatus.State.PROGRESS)) {
            Publish.json(companion, Topics.JOBS, jobId, job);
            events.awaitFirst(r -> true, Duration.ofSeconds(60));
            long started = System.nanoTime();
            List<String> probes = new ArrayList<>();
            boolean sawActive = false;
            while (events.records().size() < 2) {
                probes.add(probe(live));
                probes.add(probe(ready));
                sawActive |= MetricsScrape.of(metrics).get("transferlab_trainer_jobs_active") == 1;
                Thread.sleep(1_000);
            }
            Duration trained = Duration.ofNanos(System.nanoTime() - started);

            assertThat(Json.read(events.records().get(1).value(), JobStatus.class).state())
                    .isEqualTo(JobStatus.State.FINISHED);
            assertThat(trained).as("the job (%d iterations) must train longer than %s", iterations, TRAINING)
                    .isGreaterThan(TRAINING);
            System.out.printf("%d iterations trained in %d s; %d health probes, all answered%n", iterations,
                    trained.toSeconds(), probes.size());
            // About one round a second; fewer when both cores are busy training, but never a gap of minutes.
            assertThat(probes).hasSizeGreaterThanOrEqualTo(2 * 15).allSatisfy(p -> assertThat(p).startsWith("200 "));
            assertThat(probes.get(probes.size() - 1)).contains("jobs");
            assertThat(sawActive).as("jobs_active was 1 while it trained").isTrue();
        }
    }

    /** Status and body of a health check, e.g. "200 {...UP...}"; a 503 would say DOWN and which check failed. */
    private static String probe(URI uri) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
    }

    /** Times 60 steps of the tiny net in this JVM (where the trainer runs too) and scales them to {@code target}. */
    private static long iterationsLasting(TinyExperiment experiment, Duration target) {
        int steps = 120;
        TrainingJob sample = withIterations(experiment, steps);
        List<Double> rates = new ArrayList<>();
        new JobRunner(new JobSetup(sample.job(), sample.spec().architecture(), sample.spec().budget(),
                sample.spec().evaluation(), sample.specDigest(),
                experiment.shards().b().of(TinyExperiment.SEED).train().digest(), false),
                new ProgressListener() {
                    @Override
                    public void onIteration(IterationStats stats) {
                        rates.add(stats.imagesPerSecond());
                    }
                }, CheckpointSink.NONE, StopSignal.NEVER)
                .run(TensorSet.of(experiment.parts(Half.B).train()),
                        TensorSet.of(experiment.parts(Half.B).validation()), null, null);
        // The median of the second half: the first steps pay for JIT compilation and native warm-up.
        double[] settled = rates.subList(steps / 2, steps).stream().mapToDouble(Double::doubleValue).sorted()
                .toArray();
        double rate = settled[settled.length / 2];
        double secondsPerStep = TinyExperiment.BATCH_SIZE / rate;
        return Math.max(steps, Math.round(target.toMillis() / 1000.0 / secondsPerStep));
    }

    /** The tiny experiment's baseB job with another length: validated once at the end, two mid checkpoints. */
    private static TrainingJob withIterations(TinyExperiment experiment, long iterations) {
        ResolvedSpec tiny = experiment.spec();
        ResolvedBudget b = tiny.budget();
        int length = Math.toIntExact(iterations);
        ResolvedBudget budget = new ResolvedBudget(TrainingLength.iterations(length), b.batchSize(),
                b.learningRate(), b.lrDecay(), b.lrStepIterations(), b.momentum(), b.weightDecay(), b.dropout(),
                b.trainImagesPerHalf(), Math.max(1, length / 3), ImageLimit.ALL);
        ResolvedEvaluation e = tiny.evaluation();
        ResolvedSpec spec = new ResolvedSpec(tiny.experimentId(), tiny.dataset(), tiny.split(),
                tiny.architecture(), tiny.depths(), tiny.variants(), tiny.seeds(), tiny.profile(), budget,
                new ResolvedEvaluation(length, e.bestK(), e.validationImages(), e.testImages()));
        return new TrainingJob(experiment.job(Variant.BASE_B), spec, Json.digest(spec), experiment.shards(),
                List.of());
    }
}
