package io.transferlab.contracts.messaging;

import io.transferlab.contracts.plan.PlannedJob;

/**
 * A job's final checkpoint, written and verified in object storage.
 *
 * @param job           the job
 * @param checkpointKey object key of the checkpoint
 * @param manifest      its manifest (progress, validation history, provenance)
 * @param testShard     the target half's test shard, for the evaluator
 * @param bestK         the paper's metric averages this many best validation scores
 * @param trainSeconds  wall time of this attempt (0 when the checkpoint already existed)
 */
public record CheckpointReady(PlannedJob job, String checkpointKey, CheckpointManifest manifest, ShardRef testShard,
                              int bestK, double trainSeconds) {
}
