package io.transferlab.evaluator.evaluation;

import io.transferlab.contracts.messaging.CheckpointReady;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.EvaluationReport;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.evaluator.metrics.EvaluatorMetrics;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.evaluation.Evaluator;
import io.transferlab.service.dl4j.CheckpointStore;
import io.transferlab.service.storage.ShardStore;
import io.transferlab.service.storage.StoredJson;
import io.transferlab.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Scores a final checkpoint on its target half's test shard. The evaluation is stored next to the checkpoint, so a
 * replayed announcement gets the stored answer instead of a second, possibly different, one.
 */
@ApplicationScoped
public class CheckpointScorer {

    private final ObjectStore store;
    private final CheckpointStore checkpoints;
    private final ShardStore shards;
    private final EvaluatorMetrics metrics;

    public CheckpointScorer(ObjectStore store, CheckpointStore checkpoints, ShardStore shards,
                            EvaluatorMetrics metrics) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.shards = shards;
        this.metrics = metrics;
    }

    public EvaluationCompleted score(CheckpointReady ready) {
        String key = ObjectKeys.evaluation(ready.job().experimentId(), ready.job().jobId());
        return StoredJson.find(store, key, EvaluationCompleted.class).orElseGet(() -> {
            long began = System.nanoTime();
            EvaluationCompleted evaluation = evaluate(ready);
            metrics.evaluated(ready.job(), evaluation.report().accuracy(),
                    Duration.ofNanos(System.nanoTime() - began));
            StoredJson.put(store, key, evaluation);
            return evaluation;
        });
    }

    private EvaluationCompleted evaluate(CheckpointReady ready) {
        Checkpoint checkpoint = checkpoints.load(ready.checkpointKey()).orElseThrow(
                () -> new IllegalStateException("checkpoint missing from object storage: " + ready.checkpointKey()));
        EvaluationReport report = Evaluator.evaluate(checkpoint.net(), TensorSet.of(shards.fetch(ready.testShard())));
        double best = checkpoint.manifest().progress().bestMean(ready.bestK()).orElse(Double.NaN);
        return new EvaluationCompleted(ready.job(), checkpoint.manifest().checkpointId(), report, best,
                checkpoint.manifest().provenance());
    }
}
