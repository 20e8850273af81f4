package io.transferlab.evaluator.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.CheckpointReady;
import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.evaluator.estimation.BaseNetEstimates;
import io.transferlab.evaluator.evaluation.CheckpointScorer;
import io.transferlab.service.messaging.AckedSend;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Scores every final checkpoint announced and publishes the evaluation, then the transfer estimates a base net
 * completes, before the announcement is committed: the evaluation first, so the estimates never hold back a result.
 */
@ApplicationScoped
public class CheckpointConsumer {

    private final CheckpointScorer scorer;
    private final BaseNetEstimates estimates;
    private final Emitter<String> evaluations;
    private final Emitter<String> estimated;

    public CheckpointConsumer(CheckpointScorer scorer, BaseNetEstimates estimates,
                              @Channel(EvaluatorChannels.EVALUATIONS) Emitter<String> evaluations,
                              @Channel(EvaluatorChannels.ESTIMATES) Emitter<String> estimated) {
        this.scorer = scorer;
        this.estimates = estimates;
        this.evaluations = evaluations;
        this.estimated = estimated;
    }

    @Incoming(EvaluatorChannels.CHECKPOINTS)
    @Blocking
    public void onCheckpoint(String payload) {
        EvaluationCompleted evaluation = scorer.score(Json.read(payload, CheckpointReady.class));
        AckedSend.sendAndWait(evaluations, evaluation.job().jobId(), evaluation);
        for (EstimatesCompleted due : estimates.after(evaluation.job())) {
            AckedSend.sendAndWait(estimated, due.key(), due);
        }
    }
}
