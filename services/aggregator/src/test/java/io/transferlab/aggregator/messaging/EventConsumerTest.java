package io.transferlab.aggregator.messaging;

import io.transferlab.aggregator.results.Evaluations;
import io.transferlab.aggregator.results.ExperimentStore;
import io.transferlab.aggregator.results.Studies;
import io.transferlab.aggregator.results.TinyStudy;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.messaging.StudyLevelResult;
import io.transferlab.contracts.messaging.StudyResult;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.testsupport.RecordingEmitter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.transferlab.aggregator.results.Evaluations.evaluation;
import static io.transferlab.aggregator.results.Evaluations.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consumer's decisions on raw payloads, fast: what it stores, when it publishes, what it refuses. */
class EventConsumerTest {

    private static final PlannedJob BASE = job("exp1", Variant.BASE_B, 0, 1);
    private static final PlannedJob TRANSFER = job("exp1", Variant.BNB, 1, 1);

    private final ExperimentStore store = new ExperimentStore();
    private final RecordingEmitter broker = new RecordingEmitter();
    private final ResultPublisher publisher = new ResultPublisher(store, broker);
    private final Studies studies = new Studies(store);
    private final RecordingEmitter studyBroker = new RecordingEmitter();
    private final StudyResultPublisher studyPublisher = new StudyResultPublisher(studies, studyBroker);
    private final Replay replay = new Replay(publisher, studyPublisher);
    private final EventConsumer consumer = new EventConsumer(store, studies, publisher, studyPublisher, replay);
    private long offset;

    @Test
    void evaluationsReadBeforeTheAcceptanceCompleteTheExperimentWhenItArrives() {
        publisher.endOffsets(Map.of());
        consumer.onEvaluation(record(Topics.EVALUATIONS, evaluation(BASE, 0.8, 0.7)));
        consumer.onEvaluation(record(Topics.EVALUATIONS, evaluation(TRANSFER, 0.6, 0.5)));
        assertThat(broker.sent()).isEmpty();

        consumer.onAccepted(record(Topics.EXPERIMENTS, accepted()));

        assertThat(broker.sent()).hasSize(1);
        ExperimentResult result = Json.read(broker.sent().get(0), ExperimentResult.class);
        assertThat(result.experimentId()).isEqualTo("exp1");
        assertThat(result.cells()).hasSize(2);
    }

    @Test
    void statusEventsShowInTheDetailButPublishNothing() {
        publisher.endOffsets(Map.of());
        consumer.onAccepted(record(Topics.EXPERIMENTS, accepted()));
        consumer.onStatus(record(Topics.STATUS, new JobStatus(BASE.jobId(), "exp1", JobStatus.State.STARTED, "trainer-1", 0,
                100, Double.NaN, 0, null)));

        assertThat(store.detail("exp1").orElseThrow().jobs().get(0).worker()).isEqualTo("trainer-1");
        assertThat(broker.sent()).isEmpty();
    }

    @Test
    void anUnreadablePayloadThrowsSoTheChannelDeadLettersIt() {
        assertThatThrownBy(() -> consumer.onEvaluation(record(Topics.EVALUATIONS, "{not json"))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> consumer.onAccepted(record(Topics.EXPERIMENTS, "{\"experimentId\":\"x\",\"surprise\":1}")))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.ids()).isEmpty();
    }

    @Test
    void anUnreadableResultRecordStillCountsAsReadBeforeItIsDeadLettered() {
        consumer.onAccepted(record(Topics.EXPERIMENTS, accepted()));
        consumer.onEvaluation(record(Topics.EVALUATIONS, evaluation(BASE, 0.8, 0.7)));
        consumer.onEvaluation(record(Topics.EVALUATIONS, evaluation(TRANSFER, 0.6, 0.5)));
        publisher.endOffsets(Map.of(0, 1L));
        assertThat(broker.sent()).as("waits for the results backlog").isEmpty();

        assertThatThrownBy(() -> consumer.onResult(new ConsumerRecord<>(Topics.RESULTS, 0, 0, "x", "{bad")))
                .isInstanceOf(RuntimeException.class);

        assertThat(broker.sent()).as("the backlog is read: the due result goes out").hasSize(1);
    }

    @Test
    void aStudysResultIsPublishedOnceWhenItsLastLevelCompletesAndItsBacklogIsRead() {
        publisher.endOffsets(Map.of());
        consumer.onAccepted(record(Topics.EXPERIMENTS, TinyStudy.accepted("st", 0)));
        TinyStudy.evaluations("st", 0).forEach(event -> consumer.onEvaluation(record(Topics.EVALUATIONS, event)));
        TinyStudy.estimates("st", 0).forEach(event -> consumer.onEstimates(record(Topics.ESTIMATES, event)));
        consumer.onAccepted(record(Topics.EXPERIMENTS, TinyStudy.accepted("st", 1)));
        TinyStudy.evaluations("st", 1).forEach(event -> consumer.onEvaluation(record(Topics.EVALUATIONS, event)));
        TinyStudy.estimates("st", 1).forEach(event -> consumer.onEstimates(record(Topics.ESTIMATES, event)));
        assertThat(broker.sent()).as("both levels' own results").hasSize(2);
        assertThat(studyBroker.sent()).as("the study-results backlog is not measured yet").isEmpty();

        studyPublisher.endOffsets(Map.of(0, 1L));
        consumer.onStudyResult(new ConsumerRecord<>(Topics.STUDY_RESULTS, 0, 0, "other", Json.write(
                new StudyResult("other", StudyAxis.SPLIT, List.of(), "bestValidation", List.of(), null, List.of(), List.of(),
                        1))));
        TinyStudy.evaluations("st", 1).forEach(event -> consumer.onEvaluation(record(Topics.EVALUATIONS, event))); // redelivered

        assertThat(studyBroker.sent()).hasSize(1);
        StudyResult result = Json.read(studyBroker.sent().get(0), StudyResult.class);
        assertThat(result.studyId()).isEqualTo("st");
        assertThat(result.levels()).extracting(StudyLevelResult::experimentId).containsExactly("st-60", "st-600");
        assertThat(studies.resultPublished("other")).isTrue();
    }

    @Test
    void theReplayIsCaughtUpOnceEveryTopicIsReadToItsEndsUnreadableRecordsIncluded() {
        assertThat(replay.caughtUp()).as("no end offsets measured yet").isFalse();
        assertThat(replay.topics()).extracting(Replayed::remaining).containsOnly(-1L);
        replay.topics().forEach(topic -> topic.endOffsets(Map.of()));
        assertThat(replay.caughtUp()).as("every topic empty at start").isTrue();

        Replay restarted = new Replay(new ResultPublisher(store, broker), new StudyResultPublisher(studies, broker));
        EventConsumer reading = new EventConsumer(store, studies, publisher, studyPublisher, restarted);
        restarted.topics().forEach(topic -> topic.endOffsets(topic.topic().equals(Topics.EVALUATIONS)
                ? Map.of(0, 1L, 2, 2L) : Map.of()));
        assertThat(restarted.caughtUp()).isFalse();
        reading.onEvaluation(new ConsumerRecord<>(Topics.EVALUATIONS, 2, 1, "j", Json.write(evaluation(BASE, 0.8,
                0.7))));
        assertThat(restarted.caughtUp()).as("partition 0 not read yet").isFalse();
        assertThatThrownBy(() -> reading.onEvaluation(new ConsumerRecord<>(Topics.EVALUATIONS, 0, 0, "j", "{bad")))
                .isInstanceOf(RuntimeException.class);
        assertThat(restarted.caughtUp()).as("the dead-lettered record counts as read").isTrue();
        assertThat(restarted.topics()).extracting(Replayed::remaining).containsOnly(0L);
    }

    private ConsumerRecord<String, String> record(String topic, Object payload) {
        return new ConsumerRecord<>(topic, 0, offset++, "key",
                payload instanceof String text ? text : Json.write(payload));
    }

    private static ExperimentAccepted accepted() {
        return Evaluations.accepted("exp1", List.of(BASE, TRANSFER));
    }
}
