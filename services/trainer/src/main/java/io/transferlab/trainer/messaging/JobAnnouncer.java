package io.transferlab.trainer.messaging;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.CheckpointReady;
import io.transferlab.contracts.messaging.JobPartitions;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.service.messaging.AckedSend;
import io.transferlab.trainer.training.JobAnnouncements;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Tells the others that a job's final checkpoint is stored: the evaluator gets {@link CheckpointReady}, and for a base
 * net the transfer jobs that waited on it go back on the jobs topic, each on its own partition ({@link JobPartitions}).
 * Each send waits for the broker's acknowledgement, so the job's record is committed only after its announcements are
 * durable.
 */
@ApplicationScoped
public class JobAnnouncer implements JobAnnouncements {

    private final Emitter<String> checkpoints;
    private final Emitter<String> jobs;

    public JobAnnouncer(@Channel(TrainerChannels.CHECKPOINTS) Emitter<String> checkpoints,
                        @Channel(TrainerChannels.JOBS_OUT) Emitter<String> jobs) {
        this.checkpoints = checkpoints;
        this.jobs = jobs;
    }

    @Override
    public void announce(TrainingJob message, CheckpointManifest manifest, double trainSeconds) {
        AckedSend.sendAndWait(checkpoints, message.job().jobId(), ready(message, manifest, trainSeconds));
        for (TrainingJob dependent : message.dependents()) {
            AckedSend.sendAndWait(jobs, dependent.job().jobId(), JobPartitions.of(dependent), dependent);
        }
    }

    /** The announcement of the job's final checkpoint, with the test shard of the half it trained on. */
    static CheckpointReady ready(TrainingJob message, CheckpointManifest manifest, double trainSeconds) {
        PlannedJob job = message.job();
        return new CheckpointReady(job, ObjectKeys.finalCheckpoint(job.experimentId(), job.jobId()), manifest,
                message.shards().half(job.variant().target()).test(), message.spec().evaluation().bestK(),
                trainSeconds);
    }
}
