package io.transferlab.trainer.training;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.CheckpointReady;
import io.transferlab.contracts.messaging.HalfShards;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.training.JobRunner;
import io.transferlab.network.training.JobSetup;
import io.transferlab.network.training.StopSignal;
import io.transferlab.service.dl4j.CheckpointStore;
import io.transferlab.service.messaging.AckedSend;
import io.transferlab.service.storage.ShardStore;
import io.transferlab.storage.CorruptObjectException;
import io.transferlab.trainer.config.TrainerConfig;
import io.transferlab.trainer.messaging.TrainerChannels;
import io.transferlab.trainer.metrics.JobGauges;
import io.transferlab.trainer.metrics.TrainerMetrics;
import io.transferlab.trainer.metrics.TrainerMetrics.CheckpointKind;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Trains one job: its data shards and its parent's final checkpoint come from object storage, its own latest
 * checkpoint too if an earlier attempt died; it writes mid-training and final checkpoints back, then announces the
 * final one and, for a base net, publishes the transfer jobs that wait on it. A job whose final checkpoint already
 * exists (a duplicate message) is only announced again. A job asked to stop (its partition moved to another trainer)
 * leaves its latest checkpoint where it stopped, says so in a status event and is not announced.
 */
@ApplicationScoped
public class JobExecutor {

    private static final Logger LOG = Logger.getLogger(JobExecutor.class);

    private final CheckpointStore checkpointStore;
    private final ShardStore shards;
    private final StatusPublisher status;
    private final Emitter<String> checkpoints;
    private final Emitter<String> jobs;
    private final TrainerMetrics metrics;
    private final TrainerConfig config;

    public JobExecutor(CheckpointStore checkpointStore, ShardStore shards, StatusPublisher status,
                       @Channel(TrainerChannels.CHECKPOINTS) Emitter<String> checkpoints,
                       @Channel(TrainerChannels.JOBS_OUT) Emitter<String> jobs, TrainerMetrics metrics,
                       TrainerConfig config) {
        this.checkpointStore = checkpointStore;
        this.shards = shards;
        this.status = status;
        this.checkpoints = checkpoints;
        this.jobs = jobs;
        this.metrics = metrics;
        this.config = config;
    }

    /** @return true when the job is done, false when it stopped early, handed over to another trainer */
    public boolean execute(TrainingJob message, StopSignal stop) {
        PlannedJob job = message.job();
        String finalKey = ObjectKeys.finalCheckpoint(job.experimentId(), job.jobId());
        long began = System.nanoTime();
        metrics.taken(job);
        try {
            Optional<CheckpointManifest> existing = checkpointStore.manifest(finalKey);
            CheckpointManifest manifest = existing.isPresent() ? existing.get() : train(message, finalKey, stop);
            if (!manifest.complete()) {
                metrics.handedOver();
                status.handedOver(job, manifest.progress().iteration(), manifest.progress().totalIterations());
                return false;
            }
            double seconds = existing.isPresent() ? 0 : (System.nanoTime() - began) / 1e9;
            HalfShards half = message.shards().half(job.variant().target());
            AckedSend.sendAndWait(checkpoints, job.jobId(), new CheckpointReady(job, finalKey, manifest, half.test(),
                    message.spec().evaluation().bestK(), seconds));
            if (job.variant().isBase()) {
                for (PlannedJob dependent : Planner.dependents(Planner.plan(message.spec()), job.jobId())) {
                    AckedSend.sendAndWait(jobs, dependent.jobId(),
                            new TrainingJob(dependent, message.spec(), message.specDigest(), message.shards()));
                }
            }
            // Measured before the finished event, so whoever sees that event also sees the job counted.
            if (existing.isEmpty()) {
                metrics.trained(job, Duration.ofNanos(System.nanoTime() - began));
            }
            metrics.completed(job);
            status.finished(job, manifest.progress().iteration());
            return true;
        } catch (RuntimeException e) {
            LOG.errorf(e, "job %s failed", job.jobId());
            metrics.failed(job);
            status.failed(job, e);
            throw e;
        }
    }

    private CheckpointManifest train(TrainingJob message, String finalKey, StopSignal stop) {
        PlannedJob job = message.job();
        HalfShards half = message.shards().half(job.variant().target());
        String latestKey = ObjectKeys.latestCheckpoint(job.experimentId(), job.jobId());
        Checkpoint source = job.parentJobId() == null ? null
                : checkpointStore.load(ObjectKeys.finalCheckpoint(job.experimentId(), job.parentJobId())).orElseThrow(
                        () -> new IllegalStateException("parent checkpoint missing for " + job.jobId()));
        Checkpoint resume = latest(job, latestKey);
        long from = resume == null ? 0 : resume.manifest().progress().iteration();
        if (resume != null) {
            LOG.infof("job %s resumes at iteration %d", job.jobId(), from);
        }
        status.started(job, from, resume != null ? resume.manifest().progress().totalIterations()
                : message.spec().budget().totalIterations(half.train().count()));
        JobSetup setup = new JobSetup(job, message.spec().architecture(), message.spec().budget(),
                message.spec().evaluation(), message.specDigest(), half.train().digest());
        JobGauges gauges = metrics.trainingStarted(job);
        try {
            Checkpoint done = new JobRunner(setup, status.progress(job).and(gauges),
                    checkpoint -> upload(checkpoint.manifest().complete() ? finalKey : latestKey, checkpoint),
                    config.cacheFrozenPrefix(), stop)
                    .run(TensorSet.of(shards.fetch(half.train())), TensorSet.of(shards.fetch(half.validation())),
                            source, resume);
            if (done.manifest().complete() && !checkpointStore.exists(finalKey)) {
                upload(finalKey, done);
            }
            return done.manifest();
        } finally {
            metrics.trainingEnded(gauges);
        }
    }

    /** A verified put of the encoded checkpoint, measured (encoding is not part of the upload time). */
    private void upload(String key, Checkpoint checkpoint) {
        CheckpointStore.Saved saved = checkpointStore.save(key, checkpoint);
        metrics.checkpointUploaded(checkpoint.manifest().complete() ? CheckpointKind.FINAL : CheckpointKind.LATEST,
                saved.bytes(), saved.put());
    }

    /**
     * The job's latest mid-training checkpoint, if a readable one exists. One that fails its digest or cannot be
     * decoded is only a lost head start: the job trains from the beginning instead of failing for good.
     */
    private Checkpoint latest(PlannedJob job, String key) {
        try {
            return checkpointStore.load(key).orElse(null);
        } catch (CorruptObjectException | UncheckedIOException e) {
            LOG.warnf("job %s: latest checkpoint %s is unreadable (%s); training from the start", job.jobId(), key,
                    e.getMessage());
            return null;
        }
    }
}
