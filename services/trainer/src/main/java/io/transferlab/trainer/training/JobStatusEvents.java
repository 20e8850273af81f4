package io.transferlab.trainer.training;

import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.network.training.ProgressListener;

/**
 * What the trainer reports about a job as it goes (the messaging package's StatusPublisher sends it to Kafka). An
 * interface so that training does not depend on messaging, which calls into training.
 */
public interface JobStatusEvents {

    /**
     * Training begins at {@code iteration}: 0, or where the latest checkpoint of an earlier attempt stopped; of
     * {@code totalIterations} in all.
     */
    void started(PlannedJob job, long iteration, long totalIterations);

    void finished(PlannedJob job, long iterations);

    /** Stopped at {@code iteration}, checkpointed there, for the trainer that now has the job's partition. */
    void handedOver(PlannedJob job, long iteration, long totalIterations);

    void failed(PlannedJob job, Throwable error);

    /** Progress every few iterations, informational. */
    ProgressListener progress(PlannedJob job);
}
