package io.transferlab.trainer.training;

import io.transferlab.contracts.plan.JobPhase;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.training.CheckpointSink;
import io.transferlab.service.dl4j.CheckpointStore;
import io.transferlab.storage.StorageException;
import io.transferlab.trainer.metrics.TrainerMetrics;
import io.transferlab.trainer.metrics.TrainerMetrics.CheckpointKind;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Writes a job's checkpoints to object storage, measured: a complete one to the job's final key, any other over its
 * latest one (where an interrupted job resumes from). Once the final one is stored and verified the latest one is
 * removed: a job with a final checkpoint never resumes (a duplicate message is only announced again), and the
 * transfer nets and the evaluator read the final one.
 */
@ApplicationScoped
public class CheckpointUploads {

    private static final Logger LOG = Logger.getLogger(CheckpointUploads.class);

    private final CheckpointStore store;
    private final TrainerMetrics metrics;

    public CheckpointUploads(CheckpointStore store, TrainerMetrics metrics) {
        this.store = store;
        this.metrics = metrics;
    }

    /** Where the training loop hands the job's checkpoints. */
    public CheckpointSink of(PlannedJob job) {
        return checkpoint -> upload(job, checkpoint);
    }

    /** Uploads a complete checkpoint unless the job's final one is stored already (the loop stored it at its end). */
    public void ensureFinal(PlannedJob job, Checkpoint done) {
        if (!store.exists(ObjectKeys.finalCheckpoint(job.experimentId(), job.jobId()))) {
            upload(job, done);
        }
    }

    /** A verified put of the encoded checkpoint, measured: the encoding and the put apart. */
    private void upload(PlannedJob job, Checkpoint checkpoint) {
        boolean complete = checkpoint.manifest().complete();
        String key = complete ? ObjectKeys.finalCheckpoint(job.experimentId(), job.jobId())
                : ObjectKeys.latestCheckpoint(job.experimentId(), job.jobId());
        CheckpointStore.Saved saved = store.save(key, checkpoint);
        metrics.checkpointUploaded(complete ? CheckpointKind.FINAL : CheckpointKind.LATEST, saved.bytes(),
                saved.put());
        metrics.phase(JobPhase.ENCODING, saved.encoding());
        if (complete) {
            removeLatest(job);
        }
    }

    /** A latest checkpoint left behind costs only space (a lifecycle rule or purge takes it), never the job. */
    private void removeLatest(PlannedJob job) {
        String key = ObjectKeys.latestCheckpoint(job.experimentId(), job.jobId());
        try {
            store.remove(key);
        } catch (StorageException e) {
            LOG.warnf("job %s: its final checkpoint is stored, but %s stays: %s", job.jobId(), key, e.getMessage());
        }
    }
}
