package io.transferlab.trainer.training;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.storage.CorruptObjectException;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a job starts, decided from what object storage holds for it: its final checkpoint (then the message is a
 * duplicate), its parent's final checkpoint, its own latest one from an earlier attempt. No training, no messaging.
 */
public sealed interface JobStart {

    /** The job's final checkpoint exists already (a duplicate message): it is announced again, nothing is trained. */
    record Done(CheckpointManifest manifest) implements JobStart {
    }

    /**
     * The job trains.
     *
     * @param source its parent's final checkpoint, the base net it copies from; null for a base net
     * @param resume its own latest checkpoint to continue from; null to train from the start
     */
    record Train(Checkpoint source, Checkpoint resume) implements JobStart {

        /** The iteration training begins at. */
        public long from() {
            return resume == null ? 0 : resume.manifest().progress().iteration();
        }
    }

    /**
     * Looks the job's checkpoints up, in this order: its final one (only the manifest is read), its parent's final
     * one, its own latest one. A parent's checkpoint that is missing fails the job: the parent announced it. A latest
     * checkpoint that fails its digest or cannot be decoded is only a lost head start: the job trains from the start.
     *
     * @param manifests   the manifest of the checkpoint at an object key, if there is one
     * @param checkpoints the checkpoint at an object key, decoded, if there is one
     */
    static JobStart decide(PlannedJob job, Function<String, Optional<CheckpointManifest>> manifests,
                           Function<String, Optional<Checkpoint>> checkpoints) {
        Optional<CheckpointManifest> finished = manifests.apply(
                ObjectKeys.finalCheckpoint(job.experimentId(), job.jobId()));
        if (finished.isPresent()) {
            return new Done(finished.get());
        }
        Checkpoint source = job.parentJobId() == null ? null
                : checkpoints.apply(ObjectKeys.finalCheckpoint(PlannedJob.experimentOf(job.parentJobId()),
                        job.parentJobId())).orElseThrow(
                        () -> new IllegalStateException("parent checkpoint missing for " + job.jobId()));
        String latestKey = ObjectKeys.latestCheckpoint(job.experimentId(), job.jobId());
        try {
            return new Train(source, checkpoints.apply(latestKey).orElse(null));
        } catch (CorruptObjectException | UncheckedIOException e) {
            Logger.getLogger(JobStart.class).warnf("job %s: latest checkpoint %s is unreadable (%s); training from "
                    + "the start", job.jobId(), latestKey, e.getMessage());
            return new Train(source, null);
        }
    }
}
