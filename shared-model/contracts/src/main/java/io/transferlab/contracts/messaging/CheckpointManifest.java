package io.transferlab.contracts.messaging;

import io.transferlab.contracts.spec.Variant;

/**
 * What a checkpoint holds besides the weights and updater state.
 *
 * @param checkpointId unique id: job id and the iteration it was taken at
 * @param jobId        the job that wrote it
 * @param variant      which network of the paper
 * @param depth        n (0 for base nets)
 * @param numClasses   output units: the target half's class count
 * @param complete     true once training finished; mid-training checkpoints are false
 * @param progress     epoch, iteration and validation history
 * @param provenance   spec, seed, data and parent
 */
public record CheckpointManifest(String checkpointId, String jobId, Variant variant, int depth, int numClasses,
                                 boolean complete, TrainingProgress progress, Provenance provenance) {

    public static String checkpointId(String jobId, long iteration) {
        return jobId + "@" + iteration;
    }
}
