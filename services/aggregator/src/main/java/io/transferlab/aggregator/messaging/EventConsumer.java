package io.transferlab.aggregator.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.transferlab.aggregator.results.ExperimentStore;
import io.transferlab.aggregator.results.Studies;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.messaging.RequestRejected;
import io.transferlab.contracts.messaging.StudyResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds every event into the store. Blocking (on worker threads) because completing an experiment sends its result
 * and waits for the broker; each channel still handles one record at a time, in order. A record that cannot be read
 * throws, and goes to the dead-letter topic.
 */
@ApplicationScoped
public class EventConsumer {

    private final ExperimentStore store;
    private final Studies studies;
    private final ResultPublisher publisher;
    private final StudyResultPublisher studyPublisher;

    public EventConsumer(ExperimentStore store, Studies studies, ResultPublisher publisher,
                         StudyResultPublisher studyPublisher) {
        this.store = store;
        this.studies = studies;
        this.publisher = publisher;
        this.studyPublisher = studyPublisher;
    }

    @Incoming(AggregatorChannels.EXPERIMENTS)
    @Blocking
    public void onAccepted(String payload) {
        ExperimentAccepted event = Json.read(payload, ExperimentAccepted.class);
        store.accepted(event);
        changed(event.experimentId()); // its evaluations may have been read first
    }

    @Incoming(AggregatorChannels.EVALUATIONS)
    @Blocking
    public void onEvaluation(String payload) {
        EvaluationCompleted event = Json.read(payload, EvaluationCompleted.class);
        store.evaluated(event).forEach(this::changed);
    }

    @Incoming(AggregatorChannels.STATUS)
    @Blocking
    public void onStatus(String payload) {
        store.status(Json.read(payload, JobStatus.class));
    }

    @Incoming(AggregatorChannels.REJECTIONS)
    @Blocking
    public void onRejection(String payload) {
        store.rejected(Json.read(payload, RequestRejected.class));
    }

    /** The record, not just its value: its offset tells the publisher how far the results topic has been read. */
    @Incoming(AggregatorChannels.RESULTS)
    @Blocking
    public void onResult(ConsumerRecord<String, String> record) {
        try {
            store.resultSeen(Json.read(record.value(), ExperimentResult.class));
        } finally {
            // An unreadable record still counts as read: it must not hold back publishing for ever.
            publisher.resultRead(record.partition(), record.offset());
        }
    }

    @Incoming(AggregatorChannels.STUDY_RESULTS)
    @Blocking
    public void onStudyResult(ConsumerRecord<String, String> record) {
        try {
            studies.resultSeen(Json.read(record.value(), StudyResult.class));
        } finally {
            studyPublisher.resultRead(record.partition(), record.offset());
        }
    }

    /** The experiment's result may be due, and so may its study's. */
    private void changed(String experimentId) {
        publisher.publishIfDue(experimentId);
        studies.studyOf(experimentId).ifPresent(studyPublisher::publishIfDue);
    }
}
