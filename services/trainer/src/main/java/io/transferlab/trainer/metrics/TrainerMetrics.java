package io.transferlab.trainer.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.transferlab.contracts.plan.JobPhase;
import io.transferlab.contracts.plan.PlannedJob;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the trainer measures, as Prometheus sees it at /q/metrics (names with the transferlab_trainer_ prefix). Tags
 * stay bounded: counters and timers carry variant and n (12 variants x 8 depths at most), the per-job gauges add the
 * experiment; never a job id or an iteration. The backend gauge belongs to the backend selection, not here.
 */
@Startup // registers its series at start, so dashboards read 0 before the first job rather than nothing
@ApplicationScoped
public class TrainerMetrics {

    /** Which checkpoint an upload wrote: mid-training (overwritten) or the final one. */
    public enum CheckpointKind { LATEST, FINAL }

    private final MeterRegistry registry;
    private final AtomicInteger active = new AtomicInteger();
    private final Counter fitSeconds;
    private final Counter handedOver;
    private final Map<JobPhase, Counter> phases = new EnumMap<>(JobPhase.class);
    /** Gauges of running jobs and of those finished since the last start; guarded by this. */
    private final List<JobGauges> shown = new ArrayList<>();

    public TrainerMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("transferlab.trainer.jobs.active", active, AtomicInteger::get)
                .description("Jobs training in this process now").register(registry);
        fitSeconds = Counter.builder("transferlab.trainer.fit").baseUnit("seconds")
                .description("Time spent in DL4J's fit, the optimisation steps alone, over every job")
                .register(registry);
        handedOver = Counter.builder("transferlab.trainer.jobs.handed.over")
                .description("Jobs stopped mid-training because their partition moved to another trainer")
                .register(registry);
        for (JobPhase phase : JobPhase.values()) {
            phases.put(phase, Counter.builder("transferlab.trainer.phase").tag("phase", phase.label())
                    .baseUnit("seconds").description("Time trained jobs spent in each part besides DL4J's fit")
                    .register(registry));
        }
        for (CheckpointKind kind : CheckpointKind.values()) {
            uploadTimer(kind);
            uploadSize(kind);
        }
    }

    /**
     * A job starts training: its gauges appear. Those of jobs that finished before are removed now, not at their end,
     * so a finished job's last loss and progress stay visible until this trainer takes the next job, and at most one
     * finished job per worker stays registered.
     */
    public synchronized JobGauges trainingStarted(PlannedJob job) {
        shown.removeIf(JobGauges::removeIfFinished);
        JobGauges gauges = new JobGauges(registry, Tags.of("experiment", job.experimentId()).and(cell(job)),
                fitSeconds, this::phase);
        shown.add(gauges);
        active.incrementAndGet();
        return gauges;
    }

    /** The job's training ended, well or not; its gauges keep their last values (see above). */
    public synchronized void trainingEnded(JobGauges gauges) {
        gauges.finish();
        active.decrementAndGet();
    }

    /**
     * A job message was taken: its cell's counters and timer exist from now on, at 0, so that rate() and increase()
     * over them count the first completion too (a series born at 1 would hide it).
     */
    public void taken(PlannedJob job) {
        durationTimer(job);
        completedCounter(job);
        failedCounter(job);
    }

    /** A trained job's wall time, from taking the message to its announcement (not recorded for duplicates). */
    public void trained(PlannedJob job, Duration duration) {
        durationTimer(job).record(duration);
    }

    /** The job is done and announced (a duplicate message too: its stored checkpoint is announced again). */
    public void completed(PlannedJob job) {
        completedCounter(job).increment();
    }

    /** The job stopped early and was checkpointed for the trainer that now has its partition. */
    public void handedOver() {
        handedOver.increment();
    }

    public void failed(PlannedJob job) {
        failedCounter(job).increment();
    }

    /** Time a job spent in one of its parts besides the fit. */
    public void phase(JobPhase phase, Duration took) {
        phase(phase, took.toNanos() / 1e9);
    }

    private void phase(JobPhase phase, double seconds) {
        phases.get(phase).increment(seconds);
    }

    /** One checkpoint written to object storage: its size and how long the verified put took. */
    public void checkpointUploaded(CheckpointKind kind, long bytes, Duration took) {
        uploadSize(kind).record(bytes);
        uploadTimer(kind).record(took);
    }

    private Timer durationTimer(PlannedJob job) {
        return Timer.builder("transferlab.trainer.job.duration").tags(cell(job))
                .description("Wall time of a trained job: data fetch, training, checkpoints, announcements")
                .register(registry);
    }

    private Counter completedCounter(PlannedJob job) {
        return Counter.builder("transferlab.trainer.jobs.completed").tags(cell(job))
                .description("Jobs completed and announced").register(registry);
    }

    private Counter failedCounter(PlannedJob job) {
        return Counter.builder("transferlab.trainer.jobs.failed").tags(cell(job))
                .description("Job attempts that failed (the record goes to the dead letters)").register(registry);
    }

    private Timer uploadTimer(CheckpointKind kind) {
        return Timer.builder("transferlab.trainer.checkpoint.upload").tag("kind", kind.name().toLowerCase())
                .description("Time to store a checkpoint in object storage (verified put)").register(registry);
    }

    private DistributionSummary uploadSize(CheckpointKind kind) {
        return DistributionSummary.builder("transferlab.trainer.checkpoint.upload.bytes")
                .tag("kind", kind.name().toLowerCase()).baseUnit("bytes")
                .description("Size of a checkpoint stored in object storage").register(registry);
    }

    private static Tags cell(PlannedJob job) {
        return Tags.of("variant", job.variant().label(), "n", Integer.toString(job.depth()));
    }
}
