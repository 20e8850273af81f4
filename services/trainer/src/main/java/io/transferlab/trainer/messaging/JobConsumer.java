package io.transferlab.trainer.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.trainer.kubernetes.PodDeletionCost;
import io.transferlab.trainer.training.JobExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Takes one job at a time off the jobs topic. The record is acknowledged (and later committed) only when the job is
 * done; if the process dies first, the group hands the job to another trainer, which resumes it. A job handed over in
 * a rebalance is neither acknowledged nor dead-lettered: its record belongs to the partition's next owner. While a job
 * runs, the trainer's pod is marked costly to delete ({@link PodDeletionCost}).
 */
@ApplicationScoped
public class JobConsumer {

    private static final Logger LOG = Logger.getLogger(JobConsumer.class);

    private final JobExecutor executor;
    private final JobHandOver handOver;
    private final PodDeletionCost deletionCost;

    public JobConsumer(JobExecutor executor, @Identifier(JobHandOver.NAME) JobHandOver handOver,
                       PodDeletionCost deletionCost) {
        this.executor = executor;
        this.handOver = handOver;
        this.deletionCost = deletionCost;
    }

    @Incoming(TrainerChannels.JOBS)
    @Blocking("training")
    public CompletionStage<Void> onJob(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow();
        TrainingJob job;
        try {
            job = Json.read(message.getPayload(), TrainingJob.class);
        } catch (RuntimeException unreadable) {
            return message.nack(unreadable);
        }
        try (JobHandOver.Lease lease = handOver.take(new TopicPartition(record.getTopic(), record.getPartition()),
                job.job().jobId())) {
            if (lease.stopRequested()) {
                LOG.infof("job %s left to its partition's next owner before it started", job.job().jobId());
                return CompletableFuture.completedFuture(null);
            }
            try (PodDeletionCost.Busy busy = deletionCost.busy()) {
                return executor.execute(job, lease) ? message.ack() : CompletableFuture.completedFuture(null);
            } catch (RuntimeException e) {
                if (lease.stopRequested()) {
                    // Failing while being handed over (e.g. the process is shutting down): the next owner retries it.
                    LOG.warnf("job %s failed while being handed over (%s); left to the partition's next owner",
                            job.job().jobId(), e.toString());
                    return CompletableFuture.completedFuture(null);
                }
                return message.nack(e);
            }
        }
    }
}
