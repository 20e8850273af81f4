package io.transferlab.network.training;

import io.transferlab.network.checkpoint.Checkpoint;

/** Receives every checkpoint of a job, mid-training and final, to persist it where the job can resume from. */
@FunctionalInterface
public interface CheckpointSink {

    CheckpointSink NONE = checkpoint -> {
    };

    void save(Checkpoint checkpoint);
}
