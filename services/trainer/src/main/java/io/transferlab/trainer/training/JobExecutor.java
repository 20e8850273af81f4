package io.transferlab.trainer.training;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.SeedShards;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.plan.JobPhase;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.training.JobRunner;
import io.transferlab.network.training.JobSetup;
import io.transferlab.network.training.StopSignal;
import io.transferlab.service.dl4j.CheckpointStore;
import io.transferlab.service.storage.ShardStore;
import io.transferlab.trainer.config.TrainerConfig;
import io.transferlab.trainer.metrics.JobGauges;
import io.transferlab.trainer.metrics.TrainerMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Carries one job through: where it starts ({@link JobStart}), training with its data shards from object storage and
 * its checkpoints written back ({@link CheckpointUploads}), then the announcement ({@link JobAnnouncements}), with a
 * status event ({@link JobStatusEvents}) and metrics at each turn. A duplicate message is only announced again. A job
 * asked to stop (its partition moved to another trainer) leaves its latest checkpoint where it stopped, says so in a
 * status event and is not announced.
 */
@ApplicationScoped
public class JobExecutor {

    private static final Logger LOG = Logger.getLogger(JobExecutor.class);

    private final CheckpointStore checkpointStore;
    private final CheckpointUploads uploads;
    private final ShardStore shards;
    private final JobAnnouncements announcer;
    private final JobStatusEvents status;
    private final TrainerMetrics metrics;
    private final TrainerConfig config;

    public JobExecutor(CheckpointStore checkpointStore, CheckpointUploads uploads, ShardStore shards,
                       JobAnnouncements announcer, JobStatusEvents status, TrainerMetrics metrics,
                       TrainerConfig config) {
        this.checkpointStore = checkpointStore;
        this.uploads = uploads;
        this.shards = shards;
        this.announcer = announcer;
        this.status = status;
        this.metrics = metrics;
        this.config = config;
    }

    /** @return true when the job is done, false when it stopped early, handed over to another trainer */
    public boolean execute(TrainingJob message, StopSignal stop) {
        PlannedJob job = message.job();
        long began = System.nanoTime();
        metrics.taken(job);
        try {
            JobStart start = JobStart.decide(job, checkpointStore::manifest, checkpointStore::load);
            metrics.phase(JobPhase.FETCH, Duration.ofNanos(System.nanoTime() - began));
            boolean trained = start instanceof JobStart.Train;
            CheckpointManifest manifest = start instanceof JobStart.Train train ? train(message, train, stop)
                    : ((JobStart.Done) start).manifest();
            if (!manifest.complete()) {
                metrics.handedOver();
                status.handedOver(job, manifest.progress().iteration(), manifest.progress().totalIterations());
                return false;
            }
            long announcing = System.nanoTime();
            announcer.announce(message, manifest, trained ? (announcing - began) / 1e9 : 0);
            metrics.phase(JobPhase.ANNOUNCE, Duration.ofNanos(System.nanoTime() - announcing));
            // Measured before the finished event, so whoever sees that event also sees the job counted.
            if (trained) {
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

    /** Trains the job from where {@code start} says; the manifest it ended with, complete or where it stopped. */
    private CheckpointManifest train(TrainingJob message, JobStart.Train start, StopSignal stop) {
        PlannedJob job = message.job();
        // The job's own seed's draw of its target half: seeds may train on different images.
        SeedShards data = message.shards().half(job.variant().target()).of(job.seed());
        if (start.resume() != null) {
            LOG.infof("job %s resumes at iteration %d", job.jobId(), start.from());
        }
        status.started(job, start.from(), start.resume() != null
                ? start.resume().manifest().progress().totalIterations()
                : message.spec().budget().totalIterations(data.train().count()));
        JobSetup setup = new JobSetup(job, message.spec().architecture(), message.spec().budget(),
                message.spec().evaluation(), message.specDigest(), data.train().digest(), config.cacheFrozenPrefix());
        long fetching = System.nanoTime();
        TensorSet train = TensorSet.of(shards.fetch(data.train()));
        TensorSet validation = TensorSet.of(shards.fetch(data.validation()));
        metrics.phase(JobPhase.FETCH, Duration.ofNanos(System.nanoTime() - fetching));
        JobGauges gauges = metrics.trainingStarted(job);
        try {
            Checkpoint done = new JobRunner(setup, status.progress(job).and(gauges), uploads.of(job), stop)
                    .run(train, validation, start.source(), start.resume());
            if (done.manifest().complete()) {
                uploads.ensureFinal(job, done);
            }
            return done.manifest();
        } finally {
            metrics.trainingEnded(gauges);
        }
    }
}
