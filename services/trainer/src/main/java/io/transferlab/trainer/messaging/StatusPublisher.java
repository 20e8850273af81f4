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
        send(job, JobStatus.State.STARTED, iteration, totalIterations, Double.NaN, 0,
                iteration == 0 ? null : "resumed from the checkpoint at iteration " + iteration, true);
    }

    @Override
    public void finished(PlannedJob job, long iterations) {
        send(job, JobStatus.State.FINISHED, iterations, iterations, Double.NaN, 0, null, true);
    }

    @Override
    public void handedOver(PlannedJob job, long iteration, long totalIterations) {
        send(job, JobStatus.State.HANDED_OVER, iteration, totalIterations, Double.NaN, 0, "stopped at iteration "
                + iteration
                + ": its partition moved to another trainer, which resumes from the checkpoint here", true);
    }

    @Override
    public void failed(PlannedJob job, Throwable error) {
        send(job, JobStatus.State.FAILED, 0, 0, Double.NaN, 0, String.valueOf(error), true);
    }

    /** Every {@code progressEvery} iterations; not awaited, they are informational. */
    @Override
    public ProgressListener progress(PlannedJob job) {
        return new ProgressListener() {
            @Override
            public void onIteration(IterationStats stats) {
                if (stats.iteration() % config.progressEvery() == 0) {
                    send(job, JobStatus.State.PROGRESS, stats.iteration(), stats.totalIterations(), stats.loss(),
                            stats.imagesPerSecond(), null, false);
                }
            }
        };
    }

    private void send(PlannedJob job, JobStatus.State state, long iteration, long total, double loss, double rate,
                      String message, boolean await) {
        JobStatus event = new JobStatus(job.jobId(), job.experimentId(), state, config.workerId(), iteration, total,
                Double.isNaN(loss) ? 0 : loss, rate, message);
        if (await) {
            AckedSend.sendAndWait(status, job.jobId(), event);
        } else {
            AckedSend.send(status, job.jobId(), event);
        }
    }
}
