package io.transferlab.aggregator.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.aggregator.messaging.OncePublisher;
import io.transferlab.aggregator.messaging.StudyResultPublisher;
import io.transferlab.aggregator.results.TinyStudy;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.MessageSchemas;
import io.transferlab.contracts.messaging.StudyResult;
import io.transferlab.contracts.messaging.Topics;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A two-level study on the real broker: its levels' events in, exactly one study result out, served over REST. */
@QuarkusTest
@QuarkusTestResource(LocalServersResource.class)
@QuarkusTestResource(HistoryResource.class) // the same resources as AggregatorServiceTest: one application for all
class StudyServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long "no second result" is watched for. */
    private static final Duration QUIET = Duration.ofSeconds(2);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void publishesOneStudyResultEventWhenBothLevelsAreCompleteAndServesIt() throws Exception {
        String studyId = "study-" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaCompanion companion = new KafkaCompanion(bootstrapServers);
             ConsumerTask<String, String> events = companion.consumeStrings()
                     .withProp("auto.offset.reset", "earliest").fromTopics(Topics.STUDY_RESULTS)) {
            Publish.json(companion, Topics.EXPERIMENTS, TinyStudy.levelId(studyId, 0), TinyStudy.accepted(studyId, 0));
            Publish.json(companion, Topics.EXPERIMENTS, TinyStudy.levelId(studyId, 1), TinyStudy.accepted(studyId, 1));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(study(studyId).getString("state"))
                    .isEqualTo("ACCEPTED"));
            assertThat(study(studyId).getInt("levelsTotal")).isEqualTo(2);
            assertThat(study(studyId).getString("result")).isNull();

            evaluate(companion, TinyStudy.evaluations(studyId, 1));
            evaluate(companion, TinyStudy.evaluations(studyId, 0));
            for (int level = 0; level < 2; level++) {
                TinyStudy.estimates(studyId, level).forEach(event -> Publish.json(companion, Topics.ESTIMATES,
                        event.key(), event));
            }
            evaluate(companion, TinyStudy.evaluations(studyId, 0)); // redelivered: still one result

            await().atMost(PATIENCE).until(() -> recordsOf(events, studyId).size() == 1);
            Thread.sleep(QUIET.toMillis());
            List<ConsumerRecord<String, String>> records = recordsOf(events, studyId);
            assertThat(records).hasSize(1);
            ConsumerRecord<String, String> record = records.get(0);
            StudyResult result = Json.read(record.value(), StudyResult.class);
            assertThat(Records.headers(record)).containsEntry("ce_specversion", "1.0")
                    .containsEntry("ce_type", StudyResultPublisher.EVENT_TYPE)
                    .containsEntry("ce_source", OncePublisher.EVENT_SOURCE)
                    .containsEntry("ce_id", StudyResultPublisher.eventId(result))
                    .containsEntry("ce_subject", studyId)
                    .containsEntry("content-type", "application/json")
                    .containsEntry("ce_dataschema", MessageSchemas.STUDY_RESULT.id())
                    .containsKey("ce_time");
            assertThat(SchemaCheck.problems(MessageSchemas.STUDY_RESULT, record.value())).isEmpty();
            assertThat(result.levels()).extracting(level -> level.experimentId())
                    .containsExactly(TinyStudy.levelId(studyId, 0), TinyStudy.levelId(studyId, 1));
            assertThat(result.finding().key()).isEqualTo("small-target");
            assertThat(result.advice()).hasSize(2);
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(study(studyId).getBoolean("resultPublished"))
                .isTrue());
        JsonPath served = study(studyId);
        assertThat(served.getString("state")).isEqualTo("COMPLETE");
        assertThat(served.getInt("levelsDone")).isEqualTo(2);
        assertThat(served.getList("levels.label", String.class)).containsExactly("60", "600");
        assertThat(served.getString("result.finding.key")).isEqualTo("small-target");
        assertThat(served.getList("result.gains")).hasSize(4); // two levels, AnB+ and AnB at n = 1
        assertThat(given().get("/studies").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.studyId == '" + studyId + "' }.state", String.class))
                .containsExactly("COMPLETE");
        assertThat(given().get("/studies/{id}/figure.svg", studyId).then().statusCode(200)
                .contentType("image/svg+xml").extract().asString()).contains("AnB+ n=1 at 60");
        assertThat(given().get("/studies/{id}/figure.png", studyId).then().statusCode(200)
                .contentType("image/png").extract().asByteArray()).isNotEmpty();
        assertThat(given().get("/studies/{id}", "no-such-study").then().statusCode(404).extract().jsonPath()
                .getString("error")).contains("no-such-study");
    }

    private static JsonPath study(String id) {
        return given().get("/studies/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static List<ConsumerRecord<String, String>> recordsOf(ConsumerTask<String, String> events, String id) {
        return events.getRecords().stream().filter(r -> id.equals(r.key())).toList();
    }

    private static void evaluate(KafkaCompanion companion, List<EvaluationCompleted> evaluations) {
        evaluations.forEach(event -> Publish.json(companion, Topics.EVALUATIONS, event.job().jobId(), event));
    }
}
