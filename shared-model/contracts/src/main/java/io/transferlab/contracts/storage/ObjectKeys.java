package io.transferlab.contracts.storage;

import io.transferlab.contracts.spec.Half;

/**
 * The object-storage layout. Keys are built only from validated experiment ids and deterministic job ids, so a
 * request cannot address objects outside its own prefix.
 */
public final class ObjectKeys {

    private ObjectKeys() {
    }

    public static String experiment(String experimentId) {
        return "experiments/" + experimentId + "/";
    }

    public static String shard(String experimentId, Half half, String part) {
        return experiment(experimentId) + "shards/" + half.name().toLowerCase() + "-" + part + ".tlsh";
    }

    /** The final checkpoint of a job; written once training is complete, then never changed. */
    public static String finalCheckpoint(String experimentId, String jobId) {
        return experiment(experimentId) + "checkpoints/" + jobId + "/final.zip";
    }

    /** The latest mid-training checkpoint of a job, overwritten as training goes on. */
    public static String latestCheckpoint(String experimentId, String jobId) {
        return experiment(experimentId) + "checkpoints/" + jobId + "/latest.zip";
    }
}
