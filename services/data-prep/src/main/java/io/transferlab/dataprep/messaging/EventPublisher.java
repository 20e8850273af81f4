package io.transferlab.dataprep.messaging;

import io.transferlab.contracts.messaging.JobPartitions;
import io.transferlab.contracts.messaging.RequestRejected;
import io.transferlab.dataprep.preparation.Outcome;
import io.transferlab.service.messaging.AckedSend;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.util.List;

/** Announces what became of a request; every send waits for the broker, so nothing is lost once it is acknowledged. */
@ApplicationScoped
public class EventPublisher {

    private final Emitter<String> experiments;
    private final Emitter<String> jobs;
    private final Emitter<String> rejections;

    public EventPublisher(@Channel(DataPrepChannels.EXPERIMENTS) Emitter<String> experiments,
                          @Channel(DataPrepChannels.JOBS) Emitter<String> jobs,
                          @Channel(DataPrepChannels.REJECTIONS) Emitter<String> rejections) {
        this.experiments = experiments;
        this.jobs = jobs;
        this.rejections = rejections;
    }

    /**
     * The accepted experiment (a study's levels), then the jobs that wait on nothing (base nets and random controls).
     * The trainer that finishes a base net publishes the jobs that copy from it (its message carries them), so they
     * are not sent here. Each job goes to its own partition ({@link JobPartitions}), so the jobs of a sweep are spread
     * evenly over the trainers.
     */
    public void accepted(Outcome.Accepted accepted) {
        accepted.events().forEach(event -> AckedSend.sendAndWait(experiments, event.experimentId(), event));
        accepted.roots().forEach(root -> AckedSend.sendAndWait(jobs, root.job().jobId(), JobPartitions.of(root),
                root));
    }

    public void rejected(String experimentId, String requestKey, List<String> reasons) {
        AckedSend.sendAndWait(rejections, experimentId,
                new RequestRejected(experimentId, requestKey, List.copyOf(reasons), System.currentTimeMillis()));
    }
}
