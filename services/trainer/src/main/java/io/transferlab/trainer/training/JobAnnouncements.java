package io.transferlab.trainer.training;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.TrainingJob;

/**
 * Where a finished job is announced (the messaging package's JobAnnouncer sends it to Kafka). An interface so that
 * training does not depend on messaging, which calls into training.
 */
public interface JobAnnouncements {

    /**
     * Tells the others that the job's final checkpoint is stored and releases the jobs that waited on it; returns once
     * that is durable.
     *
     * @param trainSeconds wall time of this attempt; 0 when the checkpoint was stored already
     */
    void announce(TrainingJob message, CheckpointManifest manifest, double trainSeconds);
}
