package io.transferlab.aggregator.messaging;

import io.transferlab.aggregator.results.Evaluations;
import io.transferlab.aggregator.results.ExperimentStore;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.MessageSchemas;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.testsupport.RecordingEmitter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.transferlab.aggregator.results.Evaluations.evaluation;
import static io.transferlab.aggregator.results.Evaluations.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The publish-exactly-once rule, fast: a real store, the broker's side stood in for. */
class ResultPublisherTest {

    private final ExperimentStore store = new ExperimentStore();
    private final RecordingEmitter broker = new RecordingEmitter();
    private final ResultPublisher publisher = new ResultPublisher(store, broker);

    @Test
    void nothingIsPublishedBeforeTheResultsTopicsEndIsKnown() {
        complete("exp1");
        publisher.publishIfDue("exp1");
        assertThat(broker.sent()).isEmpty();

        publisher.endOffsets(Map.of());
        assertThat(published()).containsExactly("exp1");
    }

    @Test
    void aCompleteExperimentIsPublishedOnceHoweverOftenItChanges() {
        publisher.endOffsets(Map.of());
        accept("exp1");
        publisher.publishIfDue("exp1");
        assertThat(broker.sent()).as("incomplete").isEmpty();

        complete("exp1");
        publisher.publishIfDue("exp1");
        publisher.publishIfDue("exp1");
        store.evaluated(evaluation(job("exp1", Variant.BNB, 1, 1), 0.6, 0.5)); // a redelivered evaluation
        publisher.publishIfDue("exp1");

        assertThat(published()).containsExactly("exp1");
    }

    @Test
    void afterARestartAResultAlreadyOnTheTopicIsNotPublishedAgain() {
        complete("old");
        complete("new");
        publisher.endOffsets(Map.of(0, 2L));
        publisher.publishIfDue("old");
        assertThat(broker.sent()).as("the backlog is not read yet").isEmpty();

        store.resultSeen(resultOf("old"));
        publisher.recordRead(0, 0);
        assertThat(broker.sent()).isEmpty();
        publisher.recordRead(0, 1); // an unreadable record: it counts as read all the same

        assertThat(published()).containsExactly("new");
    }

    @Test
    void recordsReadBeforeTheEndOffsetsAreMeasuredCount() {
        complete("exp1");
        publisher.recordRead(3, 4);

        publisher.endOffsets(Map.of(3, 5L));

        assertThat(published()).containsExactly("exp1");
    }

    @Test
    void aRefusedSendIsRetriedByTheNextEventAndPublishedOnce() {
        publisher.endOffsets(Map.of());
        complete("exp1");
        broker.refuse(1);

        assertThatThrownBy(() -> publisher.publishIfDue("exp1")).isInstanceOf(CompletionException.class);
        assertThat(broker.sent()).isEmpty();

        publisher.publishIfDue("exp1");
        publisher.publishIfDue("exp1");
        assertThat(published()).containsExactly("exp1");
    }

    @Test
    void aRefusedSendGivesBackTheClaimOfItsIdWhateverItsRecordKey() {
        OncePublisher<ExperimentResult> keyedOtherwise = new OncePublisher<>(
                new OncePublisher.Kind<>(ResultPublisher.EVENT_TYPE, MessageSchemas.RESULT,
                        result -> "key-" + result.experimentId(), ResultPublisher::eventId,
                        ExperimentResult::completedAt),
                new OncePublisher.Results<>(store::ids, store::resultPublished, store::result), broker);
        keyedOtherwise.endOffsets(Map.of());
        complete("exp1");
        broker.refuse(1);

        assertThatThrownBy(() -> keyedOtherwise.publishIfDue("exp1")).isInstanceOf(CompletionException.class);
        keyedOtherwise.publishIfDue("exp1");

        assertThat(published()).containsExactly("exp1");
    }

    @Test
    void eventsOnEveryChannelsThreadAtOncePublishOnce() throws InterruptedException {
        publisher.endOffsets(Map.of());
        complete("exp1");
        ExecutorService threads = Executors.newFixedThreadPool(5);
        for (int i = 0; i < 200; i++) {
            threads.execute(() -> publisher.publishIfDue("exp1"));
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(published()).containsExactly("exp1");
    }

    private List<String> published() {
        return broker.sent().stream().map(json -> Json.read(json, ExperimentResult.class).experimentId())
                .toList();
    }

    private void accept(String id) {
        PlannedJob base = job(id, Variant.BASE_B, 0, 1);
        store.accepted(Evaluations.accepted(id, List.of(base, job(id, Variant.BNB, 1, 1))));
    }

    private void complete(String id) {
        accept(id);
        store.evaluated(evaluation(job(id, Variant.BASE_B, 0, 1), 0.8, 0.7));
        store.evaluated(evaluation(job(id, Variant.BNB, 1, 1), 0.6, 0.5));
    }

    private ExperimentResult resultOf(String id) {
        return store.result(id, 1).orElseThrow();
    }
}
