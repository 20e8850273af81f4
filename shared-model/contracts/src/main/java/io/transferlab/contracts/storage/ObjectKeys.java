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

    /** The accepted event of an experiment, as JSON: a repeated request is answered from it, not prepared again. */
    public static String accepted(String experimentId) {
        return experiment(experimentId) + "accepted.json";
    }

    /** The final checkpoint of a job; written once training is complete, then never changed. */
    public static String finalCheckpoint(String experimentId, String jobId) {
        return experiment(experimentId) + "checkpoints/" + jobId + "/final.zip";
    }

    /** The latest mid-training checkpoint of a job, overwritten as training goes on. */
    public static String latestCheckpoint(String experimentId, String jobId) {
        return experiment(experimentId) + "checkpoints/" + jobId + "/latest.zip";
    }

    /** The evaluation of a job's final checkpoint, kept so a replayed checkpoint event is answered identically. */
    public static String evaluation(String experimentId, String jobId) {
        return experiment(experimentId) + "evaluations/" + jobId + ".json";
    }
}
