package io.transferlab.aggregator.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.aggregator.results.Evaluations;
import io.transferlab.analysis.Figure2Csv;
import io.transferlab.analysis.Metric;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.messaging.MetricSummary;
import io.transferlab.contracts.messaging.RequestRejected;
import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.messaging.TransferEstimator;
import io.transferlab.contracts.messaging.Verdict;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.DataDraw;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.testsupport.Csv;
import io.transferlab.testsupport.LocalServersResource;
import io.transferlab.testsupport.MetricsScrape;
import io.transferlab.testsupport.Publish;
import org.assertj.core.data.Offset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;

import static io.restassured.RestAssured.given;
import static io.transferlab.aggregator.results.Evaluations.evaluation;
import static io.transferlab.aggregator.results.Evaluations.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** The aggregator on the real broker: events in through Kafka, the result out through Kafka, state over REST. */
@QuarkusTest
@QuarkusTestResource(LocalServersResource.class)
@QuarkusTestResource(HistoryResource.class)
class AggregatorServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long "no second result" is watched for: well over the time the first one took to appear. */
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final Offset<Double> CLOSE = Offset.offset(1e-9);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    /** From services/messaging's META-INF/microprofile-config.properties, shared by every service. */
    @ConfigProperty(name = "kafka.allow.auto.create.topics")
    boolean autoCreateTopics;
    @ConfigProperty(name = HistoryResource.PUBLISHED)
    String publishedBeforeStart;
    @ConfigProperty(name = HistoryResource.UNPUBLISHED)
    String unpublishedBeforeStart;

    /** One client and one results consumer for the class: each group join costs seconds on a busy machine. */
    private static KafkaCompanion companion;
    private static ConsumerTask<String, String> results;

    @BeforeEach
    void connect() {
        if (companion == null) {
            companion = new KafkaCompanion(bootstrapServers);
            results = companion.consumeStrings().withProp("auto.offset.reset", "earliest").fromTopics(Topics.RESULTS);
        }
    }

    @AfterAll
    static void disconnect() {
        if (companion != null) {
            results.close();
            companion.close();
        }
    }

    @Test
    void publishesOneResultOnceEveryPlannedJobIsEvaluated() throws Exception {
        String id = uniqueId();
        PlannedJob baseSeed1 = job(id, Variant.BASE_B, 0, 1);
        PlannedJob baseSeed2 = job(id, Variant.BASE_B, 0, 2);
        PlannedJob transfer = job(id, Variant.BNB, 1, 1);
        ExperimentAccepted accepted = Evaluations.accepted(id, List.of(baseSeed1, baseSeed2, transfer));

        Publish.json(companion, Topics.EXPERIMENTS, id, accepted);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(detail(id).getString("state")).isEqualTo("ACCEPTED"));
        assertThat(detail(id).getInt("jobsDone")).isZero();
        assertThat(detail(id).getInt("jobsTotal")).isEqualTo(3);
        assertThat(detail(id).getLong("acceptedAt")).isEqualTo(accepted.acceptedAt());
        assertThat(detail(id).getBoolean("resultPublished")).isFalse();

        Publish.json(companion, Topics.STATUS, transfer.jobId(), status(transfer, JobStatus.State.STARTED, 5, null));
        Publish.json(companion, Topics.STATUS, baseSeed2.jobId(), status(baseSeed2, JobStatus.State.FAILED, 0, "out of memory"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath detail = detail(id);
            assertThat(detail.getString("state")).isEqualTo("RUNNING");
            assertThat(detail.getInt("running")).isEqualTo(1);
            assertThat(detail.getInt("failed")).isEqualTo(1);
        });
        JsonPath running = detail(id);
        assertThat(running.getList("jobs.jobId", String.class))
                .containsExactly(baseSeed1.jobId(), baseSeed2.jobId(), transfer.jobId());
        assertThat(running.getList("jobs.state", String.class)).containsExactly("PENDING", "FAILED", "RUNNING");
        assertThat(running.getString("jobs[1].message")).isEqualTo("out of memory");
        assertThat(running.getString("jobs[2].worker")).isEqualTo("trainer-1");
        assertThat(running.getLong("jobs[2].iteration")).isEqualTo(5);
        assertThat(running.getLong("jobs[2].totalIterations")).isEqualTo(100);
        assertThat(metrics().get("transferlab_aggregator_jobs_planned", "state", "running")).isGreaterThanOrEqualTo(3);

        EvaluationCompleted first = evaluation(baseSeed1, 0.80, 0.70);
        Publish.json(companion, Topics.EVALUATIONS, baseSeed1.jobId(), first);
        Publish.json(companion, Topics.EVALUATIONS, baseSeed1.jobId(), first); // redelivered: must not count twice
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(detail(id).getInt("jobsDone")).isEqualTo(1));
        JsonPath partial = table(id);
        assertThat(partial.getBoolean("complete")).isFalse();
        assertThat(partial.getList("cells.count", Integer.class)).containsExactly(1);

        Publish.json(companion, Topics.EVALUATIONS, baseSeed2.jobId(), evaluation(baseSeed2, 0.90, 0.80));
        Publish.json(companion, Topics.EVALUATIONS, transfer.jobId(), evaluation(transfer, 0.75, 0.65));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(resultsFor(id)).hasSize(1));
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> resultsFor(id).size() == 1);

        ExperimentResult result = resultsFor(id).get(0);
        assertThat(result.specDigest()).isEqualTo(accepted.specDigest());
        assertThat(result.jobs()).isEqualTo(3);
        assertThat(result.cells()).extracting(ResultCell::variant, ResultCell::depth, ResultCell::count)
                .containsExactly(tuple(Variant.BASE_B, 0, 2), tuple(Variant.BNB, 1, 1));
        ResultCell base = result.cells().get(0);
        assertThat(base.metrics()).extracting(MetricSummary::metric).containsExactlyElementsOf(Metric.reported().stream().map(Metric::key).toList());
        assertThat(base.metric("test").mean()).isCloseTo(0.85, CLOSE);
        assertThat(base.metric("test").std()).isCloseTo(Math.sqrt(0.005), CLOSE);
        assertThat(base.metric("bestValidation").mean()).isCloseTo(0.75, CLOSE);
        assertThat(base.metric("bestValidation").std()).isCloseTo(Math.sqrt(0.005), CLOSE);
        // t(0.975, 1) = 12.706205 times the standard error 0.05
        assertThat(base.metric("test").ciLow()).isCloseTo(0.85 - 12.706205 * 0.05, Offset.offset(1e-6));
        assertThat(List.of(Metric.BEST_VALIDATION.of(result.cells().get(1)), Metric.TEST.of(result.cells().get(1))))
                .extracting(MetricSummary::mean, MetricSummary::std, MetricSummary::ciLow)
                .containsExactly(tuple(0.65, 0.0, null), tuple(0.75, 0.0, null));
        // the intervals say what they cover (the spec's default draw: per seed); two seeds pair nothing yet
        assertThat(result.variance()).isEqualTo(DataDraw.PER_SEED.variance());
        assertThat(result.pairing().comparisons()).isZero();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(detail(id).getBoolean("resultPublished")).isTrue());
        JsonPath complete = detail(id);
        assertThat(complete.getString("state")).isEqualTo("COMPLETE");
        assertThat(complete.getInt("jobsDone")).isEqualTo(3);
        assertThat(complete.getInt("running")).isZero();
        assertThat(complete.getInt("failed")).isZero();
        assertThat(complete.getList("jobs.state", String.class)).containsOnly("EVALUATED");

        JsonPath table = table(id);
        assertThat(table.getBoolean("complete")).isTrue();
        assertThat(table.getString("experimentId")).isEqualTo(id);
        assertThat(table.getList("cells.variant", String.class)).containsExactly("baseB", "BnB");
        assertThat(table.getList("cells.depth", Integer.class)).containsExactly(0, 1);

        String csv = given().get("/experiments/{id}/results.csv", id).then().statusCode(200)
                .contentType(ExperimentResource.CSV).extract().asString();
        assertThat(csv.lines().findFirst()).contains(Figure2Csv.HEADER);
        assertThat(Csv.rows(csv)).extracting(r -> r.get("variant"), r -> r.get("count"), r -> r.get("test_mean"),
                r -> r.get("test_ci_low"), r -> r.get("bestValidation_std"), r -> r.get("bestValidation_ci_high"))
                .containsExactly(tuple("baseB", "2", "0.850000", "0.214690", "0.070711", "1.385310"),
                        tuple("BnB", "1", "0.750000", "", "0.000000", ""));

        // The findings travel with the result; BnB at n = 1 alone measures none of them.
        assertThat(result.findings()).hasSize(4 * Metric.values().length).extracting(Finding::verdict).containsOnly(Verdict.NOT_TESTABLE);
        assertThat(table.getList("findings.key", String.class)).containsSequence("co-adaptation", "specificity",
                "fine-tuning", "random-features");
        assertThat(table.getString("findings[0].measures[0].reason")).startsWith("not measured");

        byte[] png = given().get("/experiments/{id}/figure.png", id).then().statusCode(200)
                .contentType(ExperimentResource.PNG).extract().asByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(2 * 780);
        assertThat(given().get("/experiments/{id}/figure.svg?metric=bestValidation", id).then().statusCode(200)
                .contentType(ExperimentResource.SVG).extract().asString()).contains("BnB n=1: 0.6500");
        assertThat(given().get("/experiments/{id}/figure.svg?metric=best", id).then().statusCode(400)
                .extract().jsonPath().getString("error")).startsWith("unknown metric 'best'");

        assertThat(listedStates(id)).containsExactly("COMPLETE");
        assertCompleteInMetrics();
    }

    /** Gauges per experiment state (all four always there), jobs summed over the experiments in each state. */
    private static void assertCompleteInMetrics() {
        MetricsScrape metrics = metrics();
        for (String state : List.of("accepted", "running", "complete", "rejected")) {
            assertThat(metrics.find("transferlab_aggregator_experiments", "state", state)).hasSize(1);
            assertThat(metrics.find("transferlab_aggregator_jobs_done", "state", state)).hasSize(1);
            assertThat(metrics.find("transferlab_aggregator_jobs_planned", "state", state)).hasSize(1);
        }
        assertThat(metrics.get("transferlab_aggregator_experiments", "state", "complete")).isGreaterThanOrEqualTo(1);
        assertThat(metrics.get("transferlab_aggregator_jobs_done", "state", "complete")).isGreaterThanOrEqualTo(3);
        assertThat(metrics.get("transferlab_aggregator_jobs_planned", "state", "complete")).isGreaterThanOrEqualTo(3);
    }

    private static MetricsScrape metrics() {
        return MetricsScrape.parse(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    @Test
    void readyOnlyOnceTheTopicsAreReadBackSoAReadyAggregatorKnowsEveryEarlierExperiment() {
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        // Ready means now, not eventually: no await from here on.
        assertThat(detail(publishedBeforeStart).getString("state")).isEqualTo("COMPLETE");
        assertThat(detail(unpublishedBeforeStart).getString("state")).isEqualTo("COMPLETE");
        JsonPath health = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(autoCreateTopics).as("its consumers never create a topic").isFalse();
        assertThat(health.getString("checks.find { it.name == 'topics read back' }.data.'transferlab.evaluations'"))
                .as("records of the evaluations topic left to read").isEqualTo("0");
    }

    @Test
    void rebuildsWhatHappenedBeforeItStartedFromTheTopics() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(detail(publishedBeforeStart).getString("state")).isEqualTo("COMPLETE");
            assertThat(detail(publishedBeforeStart).getBoolean("resultPublished")).isTrue();
            assertThat(detail(unpublishedBeforeStart).getString("state")).isEqualTo("COMPLETE");
        });
        assertThat(detail(publishedBeforeStart).getInt("jobsDone")).isEqualTo(2);

        // The result an earlier process left out goes out now; the one it published does not go out again.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(resultsFor(unpublishedBeforeStart)).hasSize(1));
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() ->
                resultsFor(publishedBeforeStart).size() == 1 && resultsFor(unpublishedBeforeStart).size() == 1);
        assertThat(resultsFor(publishedBeforeStart).get(0).specDigest()).isEqualTo(HistoryResource.EARLIER_DIGEST);
        assertThat(resultsFor(unpublishedBeforeStart).get(0).cells())
                .extracting(ResultCell::variant, ResultCell::count, cell -> cell.metric("test").mean())
                .containsExactly(tuple(Variant.BASE_B, 1, 0.7));
    }

    @Test
    void theCatalogListsEveryVariantInThePapersOrderAndEveryMetricPrimaryFirst() {
        JsonPath catalog = given().get("/catalog").then().statusCode(200).extract().jsonPath();

        assertThat(catalog.getList("variants.label", String.class))
                .containsExactlyElementsOf(Arrays.stream(Variant.values()).map(Variant::label).toList());
        assertThat(catalog.getString("variants.find { it.label == 'AnB+' }.source")).isEqualTo("A");
        assertThat(catalog.getBoolean("variants.find { it.label == 'AnB+' }.fineTuned")).isTrue();
        assertThat(catalog.getList("metrics.key", String.class))
                .containsExactlyElementsOf(Metric.reported().stream().map(Metric::key).toList());
        assertThat(catalog.getList("metrics.primary", Boolean.class)).containsOnlyOnce(true).first().isEqualTo(true);
        assertThat(catalog.getList("estimators.key", String.class)).containsExactly(
                Arrays.stream(TransferEstimator.values()).map(TransferEstimator::key).toArray(String[]::new));
    }

    @Test
    void anExperimentWhoseResultIsAlreadyPublishedIsNotPublishedAgain() {
        String id = uniqueId();
        PlannedJob only = job(id, Variant.BASE_A, 0, 1);
        Publish.json(companion, Topics.RESULTS, id, new ExperimentResult(id, "published-before", List.of(), List.of(), List.of(), null, null, null, 1, 1L));
        Publish.json(companion, Topics.EXPERIMENTS, id, Evaluations.accepted(id, List.of(only)));
        // The topics are read side by side: the evaluation goes out only once the earlier result has been read.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(detail(id).getBoolean("resultPublished")).isTrue());

        Publish.json(companion, Topics.EVALUATIONS, only.jobId(), evaluation(only, 0.9, 0.9));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(detail(id).getString("state")).isEqualTo("COMPLETE"));

        await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> resultsFor(id).size() == 1);
        assertThat(resultsFor(id).get(0).specDigest()).isEqualTo("published-before");
    }

    @Test
    void aRejectedRequestShowsItsReasons() {
        String id = uniqueId();
        List<String> reasons = List.of("budget.epochs: 0 is below the minimum of 1",
                "depths: 9 is outside 1..7");
        Publish.json(companion, Topics.REJECTIONS, id, new RequestRejected(id, id, reasons, 42L));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(detail(id).getString("state")).isEqualTo("REJECTED"));
        JsonPath detail = detail(id);
        assertThat(detail.getList("rejectionReasons", String.class)).containsExactlyElementsOf(reasons);
        assertThat(detail.getInt("jobsTotal")).isZero();
        assertThat(detail.getString("acceptedAt")).isNull();
        assertThat(listedStates(id)).containsExactly("REJECTED");
    }

    @Test
    void unknownExperimentsAreNotFoundWithAJsonError() {
        String id = uniqueId();
        for (String path : List.of("/experiments/{id}", "/experiments/{id}/results", "/experiments/{id}/results.csv")) {
            JsonPath error = given().get(path, id).then().statusCode(404).contentType("application/json")
                    .extract().jsonPath();
            assertThat(error.getString("experimentId")).as(path).isEqualTo(id);
            assertThat(error.getString("error")).as(path).contains(id);
        }
    }

    @Test
    void servesItsOpenApiDocument() {
        String openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();

        assertThat(openApi).contains("\"/experiments\"", "\"/experiments/{id}\"", "\"/experiments/{id}/results\"",
                "\"/experiments/{id}/results.csv\"");
    }

    private static String uniqueId() {
        return "agg-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JobStatus status(PlannedJob job, JobStatus.State state, long iteration, String message) {
        return new JobStatus(job.jobId(), job.experimentId(), state, "trainer-1", iteration, 100, 0.5, 150,
                message);
    }

    private List<ExperimentResult> resultsFor(String id) {
        return results.getRecords().stream().filter(record -> id.equals(record.key()))
                .map(record -> Json.read(record.value(), ExperimentResult.class)).toList();
    }

    private static JsonPath detail(String id) {
        return given().get("/experiments/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** The state of the experiment in the list of all experiments (one entry, if listed). */
    private static List<String> listedStates(String id) {
        return given().get("/experiments").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.experimentId == '" + id + "' }.state", String.class);
    }

    private static JsonPath table(String id) {
        return given().get("/experiments/{id}/results", id).then().statusCode(200).extract().jsonPath();
    }
}
