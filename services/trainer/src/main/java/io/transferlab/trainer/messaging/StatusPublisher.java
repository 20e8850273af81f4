package io.transferlab.trainer.messaging;

import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.network.training.IterationStats;
import io.transferlab.network.training.ProgressListener;
import io.transferlab.service.messaging.AckedSend;
import io.transferlab.trainer.config.TrainerConfig;
import io.transferlab.trainer.training.JobStatusEvents;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** Publishes what the trainer does with a job: start, throttled progress, finish, failure. */
@ApplicationScoped
public class StatusPublisher implements JobStatusEvents {

    private final Emitter<String> status;
    private final TrainerConfig config;

    public StatusPublisher(@Channel(TrainerChannels.STATUS) Emitter<String> status, TrainerConfig config) {
        this.status = status;
        this.config = config;
    }

    @Override
    public void started(PlannedJob job, long iteration, long totalIterations) {
        sendAndWait(turn(job, JobStatus.State.STARTED, iteration, totalIterations,
                iteration == 0 ? null : "resumed from the checkpoint at iteration " + iteration));
    }

    @Override
    public void finished(PlannedJob job, long iterations) {
        sendAndWait(turn(job, JobStatus.State.FINISHED, iterations, iterations, null));
    }

    @Override
    public void handedOver(PlannedJob job, long iteration, long totalIterations) {
        sendAndWait(turn(job, JobStatus.State.HANDED_OVER, iteration, totalIterations, "stopped at iteration "
                + iteration + ": its partition moved to another trainer, which resumes from the checkpoint here"));
    }

    @Override
    public void failed(PlannedJob job, Throwable error) {
        sendAndWait(turn(job, JobStatus.State.FAILED, 0, 0, String.valueOf(error)));
    }

    /** Every {@code progressEvery} iterations; not awaited, they are informational. */
    @Override
    public ProgressListener progress(PlannedJob job) {
        return new ProgressListener() {
            @Override
            public void onIteration(IterationStats stats) {
                if (stats.iteration() % config.progressEvery() == 0) {
                    // JSON has no NaN: a loss not computed yet travels as 0.
                    AckedSend.send(status, job.jobId(), new JobStatus(job.jobId(), job.experimentId(),
                            JobStatus.State.PROGRESS, config.workerId(), stats.iteration(), stats.totalIterations(),
                            Double.isNaN(stats.loss()) ? 0 : stats.loss(), stats.imagesPerSecond(), null));
                }
            }
        };
    }

    /** A turn in the job's life, with no loss or throughput to report. */
    private JobStatus turn(PlannedJob job, JobStatus.State state, long iteration, long totalIterations,
                           String message) {
        return new JobStatus(job.jobId(), job.experimentId(), state, config.workerId(), iteration, totalIterations, 0,
                0, message);
    }

    /** Turns are awaited: the job's record is committed only after they are durable. */
    private void sendAndWait(JobStatus event) {
        AckedSend.sendAndWait(status, event.jobId(), event);
    }
}
