package io.transferlab.aggregator.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.transferlab.aggregator.results.ExperimentStore;
import io.transferlab.aggregator.results.Studies;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.messaging.RequestRejected;
import io.transferlab.contracts.messaging.StudyResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.function.Consumer;

/**
 * Feeds every event into the store. Blocking (on worker threads) because completing an experiment sends its result
 * and waits for the broker; each channel still handles one record at a time, in order. A record that cannot be read
 * throws, and goes to the dead-letter topic; read or not, it counts towards the {@link Replay} (records, not just
 * values, for their offsets), so one bad record never holds back readiness or publishing.
 */
@ApplicationScoped
public class EventConsumer {

    private final ExperimentStore store;
    private final Studies studies;
    private final ResultPublisher publisher;
    private final StudyResultPublisher studyPublisher;
    private final Replay replay;

    public EventConsumer(ExperimentStore store, Studies studies, ResultPublisher publisher,
                         StudyResultPublisher studyPublisher, Replay replay) {
        this.store = store;
        this.studies = studies;
        this.publisher = publisher;
        this.studyPublisher = studyPublisher;
        this.replay = replay;
    }

    @Incoming(AggregatorChannels.EXPERIMENTS)
    @Blocking
    public void onAccepted(ConsumerRecord<String, String> record) {
        handle(record, payload -> {
            ExperimentAccepted event = Json.read(payload, ExperimentAccepted.class);
            store.accepted(event);
            changed(event.experimentId()); // its evaluations may have been read first
        });
    }

    @Incoming(AggregatorChannels.EVALUATIONS)
    @Blocking
    public void onEvaluation(ConsumerRecord<String, String> record) {
        handle(record, payload -> store.evaluated(Json.read(payload, EvaluationCompleted.class)).forEach(this::changed));
    }

    @Incoming(AggregatorChannels.ESTIMATES)
    @Blocking
    public void onEstimates(ConsumerRecord<String, String> record) {
        handle(record, payload -> {
            EstimatesCompleted event = Json.read(payload, EstimatesCompleted.class);
            store.estimated(event);
            changed(event.experimentId());
        });
    }

    @Incoming(AggregatorChannels.STATUS)
    @Blocking
    public void onStatus(ConsumerRecord<String, String> record) {
        handle(record, payload -> store.status(Json.read(payload, JobStatus.class)));
    }

    @Incoming(AggregatorChannels.REJECTIONS)
    @Blocking
    public void onRejection(ConsumerRecord<String, String> record) {
        handle(record, payload -> store.rejected(Json.read(payload, RequestRejected.class)));
    }

    /** A result read back: that experiment's table is out already. */
    @Incoming(AggregatorChannels.RESULTS)
    @Blocking
    public void onResult(ConsumerRecord<String, String> record) {
        handle(record, payload -> store.resultSeen(Json.read(payload, ExperimentResult.class)));
    }

    @Incoming(AggregatorChannels.STUDY_RESULTS)
    @Blocking
    public void onStudyResult(ConsumerRecord<String, String> record) {
        handle(record, payload -> studies.resultSeen(Json.read(payload, StudyResult.class)));
    }

    private void handle(ConsumerRecord<String, String> record, Consumer<String> apply) {
        try {
            apply.accept(record.value());
        } finally {
            replay.recordRead(record.topic(), record.partition(), record.offset());
        }
    }

    /** The experiment's result may be due, and so may its study's. */
    private void changed(String experimentId) {
        publisher.publishIfDue(experimentId);
        studies.studyOf(experimentId).ifPresent(studyPublisher::publishIfDue);
    }
}
