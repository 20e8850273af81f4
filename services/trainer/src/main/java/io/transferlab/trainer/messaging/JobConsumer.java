package io.transferlab.trainer.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.trainer.training.JobExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes one job at a time off the jobs topic. The record is acknowledged (and later committed) only when this method
 * returns; if the process dies first, the group hands the job to another trainer, which resumes it.
 */
@ApplicationScoped
public class JobConsumer {

    private final JobExecutor executor;

    public JobConsumer(JobExecutor executor) {
        this.executor = executor;
    }

    @Incoming(TrainerChannels.JOBS)
    @Blocking("training")
    public void onJob(String payload) {
        executor.execute(Json.read(payload, TrainingJob.class));
    }
}
