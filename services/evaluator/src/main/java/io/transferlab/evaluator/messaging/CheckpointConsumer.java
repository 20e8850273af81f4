package io.transferlab.evaluator.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.CheckpointReady;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.evaluator.evaluation.CheckpointScorer;
import io.transferlab.service.messaging.AckedSend;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Scores every final checkpoint announced and publishes the evaluation before the announcement is committed. */
@ApplicationScoped
public class CheckpointConsumer {

    private final CheckpointScorer scorer;
    private final Emitter<String> evaluations;

    public CheckpointConsumer(CheckpointScorer scorer,
                              @Channel(EvaluatorChannels.EVALUATIONS) Emitter<String> evaluations) {
        this.scorer = scorer;
        this.evaluations = evaluations;
    }

    @Incoming(EvaluatorChannels.CHECKPOINTS)
    @Blocking
    public void onCheckpoint(String payload) {
        EvaluationCompleted evaluation = scorer.score(Json.read(payload, CheckpointReady.class));
        AckedSend.sendAndWait(evaluations, evaluation.job().jobId(), evaluation);
    }
}
