package io.transferlab.aggregator.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.aggregator.api.HistoryResource;
import io.transferlab.aggregator.results.Evaluations;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.MessageSchemas;
import io.transferlab.contracts.messaging.Topics;
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
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.transferlab.aggregator.results.Evaluations.evaluation;
import static io.transferlab.aggregator.results.Evaluations.job;
import static org.assertj.core.api.Assertions.assertThat;
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
}
