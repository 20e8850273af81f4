package io.transferlab.aggregator.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.aggregator.api.HistoryResource;
import io.transferlab.aggregator.results.Evaluations;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.DepthEstimates;
import io.transferlab.contracts.messaging.EstimateCosts;
import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.MessageSchemas;
import io.transferlab.contracts.messaging.Prediction;
import io.transferlab.contracts.messaging.PredictionCheck;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.messaging.TransferEstimator;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.testsupport.LocalServersResource;
import io.transferlab.testsupport.Publish;
import io.transferlab.testsupport.Records;
import io.transferlab.testsupport.SchemaCheck;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.transferlab.aggregator.results.Evaluations.evaluation;
import static io.transferlab.aggregator.results.Evaluations.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** The published result on the real broker is a binary-mode CloudEvent whose value is the schema's plain JSON. */
@QuarkusTest
@QuarkusTestResource(LocalServersResource.class)
@QuarkusTestResource(HistoryResource.class) // the same resources as AggregatorServiceTest: one application for both
class ResultEventTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theResultIsACloudEventCarryingPlainJsonThatMatchesItsSchema() {
        String id = "agg-ce-" + UUID.randomUUID().toString().substring(0, 8);
        PlannedJob only = job(id, Variant.BASE_B, 0, 1);
        ExperimentAccepted accepted = Evaluations.accepted(id, List.of(only));

        try (KafkaCompanion companion = new KafkaCompanion(bootstrapServers);
             ConsumerTask<String, String> results = companion.consumeStrings()
                     .withProp("auto.offset.reset", "earliest").fromTopics(Topics.RESULTS)) {
            Publish.json(companion, Topics.EXPERIMENTS, id, accepted);
            Publish.json(companion, Topics.EVALUATIONS, only.jobId(), evaluation(only, 0.9, 0.8));
            await().atMost(PATIENCE).until(() -> results.getRecords().stream().anyMatch(r -> id.equals(r.key())));
            ConsumerRecord<String, String> record = results.getRecords().stream()
                    .filter(r -> id.equals(r.key())).findFirst().orElseThrow();

            assertThat(Records.headers(record)).containsEntry("ce_specversion", "1.0")
                    .containsEntry("ce_type", ResultPublisher.EVENT_TYPE)
                    .containsEntry("ce_source", OncePublisher.EVENT_SOURCE)
                    .containsEntry("ce_id", id + ":" + accepted.specDigest())
                    .containsEntry("ce_subject", id)
                    .containsEntry("content-type", "application/json")
                    .containsEntry("ce_dataschema", MessageSchemas.RESULT.id())
                    .containsKey("ce_time");
            assertThat(SchemaCheck.problems(MessageSchemas.RESULT, record.value())).isEmpty();
            assertThat(Json.read(record.value(), ExperimentResult.class).experimentId()).isEqualTo(id);
        }
        // The aggregator's own results channel reads the event back (it sets resultPublished on reading it).
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(given().get("/experiments/{id}", id).then()
                .statusCode(200).extract().jsonPath().getBoolean("resultPublished")).isTrue());
    }

    /**
     * An experiment with both base nets waits for its seeds' estimates, then publishes them with its result, checked
     * against the transfer nets: a probe that falls with n as AnB does, on 4 seeds, ranks the depths as AnB.
     */
    @Test
    void theResultWaitsForEveryEstimateAndCarriesThePrediction() {
        String id = "agg-predict-" + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> depths = Evaluations.accepted(id, List.of()).spec().depths();
        List<PlannedJob> plan = new ArrayList<>();
        List<EvaluationCompleted> evaluations = new ArrayList<>();
        List<EstimatesCompleted> estimates = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            for (Variant base : List.of(Variant.BASE_A, Variant.BASE_B)) {
                plan.add(job(id, base, 0, seed));
                evaluations.add(evaluation(plan.get(plan.size() - 1), 0.85, 0.85));
            }
            List<DepthEstimates> perDepth = new ArrayList<>();
            for (int depth : depths) {
                PlannedJob anb = job(id, Variant.ANB, depth, seed);
                plan.add(anb);
                double measured = 0.86 - 0.02 * depth + 0.001 * seed;
                evaluations.add(evaluation(anb, measured, measured));
                perDepth.add(new DepthEstimates(depth, 0.9 - 0.03 * depth, 0.5, -0.1 * depth, -1, 1, 0.5,
                        1 - 0.1 * depth, 0.2, new EstimateCosts(1, 1, 0.1, 0.1, 0.1)));
            }
            estimates.add(new EstimatesCompleted(id, seed, job(id, Variant.BASE_A, 0, seed).jobId(),
                    job(id, Variant.BASE_B, 0, seed).jobId(), perDepth, null, 3.5));
        }

        try (KafkaCompanion companion = new KafkaCompanion(bootstrapServers);
             ConsumerTask<String, String> results = companion.consumeStrings()
                     .withProp("auto.offset.reset", "earliest").fromTopics(Topics.RESULTS)) {
            Publish.json(companion, Topics.EXPERIMENTS, id, Evaluations.accepted(id, plan));
            evaluations.forEach(e -> Publish.json(companion, Topics.EVALUATIONS, e.job().jobId(), e));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(given().get("/experiments/{id}", id).then()
                    .statusCode(200).extract().jsonPath().getInt("jobsDone")).isEqualTo(plan.size()));
            assertThat(given().get("/experiments/{id}/results", id).then().statusCode(200).extract().jsonPath()
                    .getBoolean("complete")).as("every net evaluated, no estimates yet").isFalse();

            estimates.forEach(e -> Publish.json(companion, Topics.ESTIMATES, e.key(), e));
            await().atMost(PATIENCE).until(() -> results.getRecords().stream().anyMatch(r -> id.equals(r.key())));
            ExperimentResult result = Json.read(results.getRecords().stream().filter(r -> id.equals(r.key()))
                    .findFirst().orElseThrow().value(), ExperimentResult.class);

            Prediction prediction = result.prediction();
            assertThat(prediction.seeds()).isEqualTo(4);
            assertThat(prediction.cells()).hasSize(TransferEstimator.values().length * depths.size());
            assertThat(prediction.advisedDepth()).isEqualTo(depths.get(0));
            assertThat(prediction.checks()).extracting(PredictionCheck::variant).containsOnly(Variant.ANB);
            PredictionCheck probe = prediction.checks().stream()
                    .filter(c -> c.estimator().equals(TransferEstimator.PROBE.key())).findFirst().orElseThrow();
            assertThat(probe.tau()).isEqualTo(1.0);
            assertThat(probe.p()).isPositive().isLessThan(0.05);
            assertThat(probe.reading()).contains("ranks the depths as AnB");
            assertThat(prediction.costs().total()).isCloseTo(depths.size() * 2.3, within(1e-9));
        }
    }
}
