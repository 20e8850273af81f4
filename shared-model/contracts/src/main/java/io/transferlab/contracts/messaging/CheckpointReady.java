package io.transferlab.contracts.messaging;

import io.transferlab.contracts.plan.PlannedJob;

/**
 * A job's final checkpoint, written and verified in object storage.
 *
 * @param job           the job
 * @param checkpointKey object key of the checkpoint
 * @param manifest      its manifest (progress, validation history, provenance)
 * @param testShard     the target half's test shard, for the evaluator
 * @param trainSeconds  wall time spent training (on all attempts)
 */
public record CheckpointReady(PlannedJob job, String checkpointKey, CheckpointManifest manifest, ShardRef testShard,
                              double trainSeconds) {
}
