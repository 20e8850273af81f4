package io.transferlab.trainer.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import io.transferlab.network.training.StopSignal;
import io.transferlab.service.messaging.CommittedStart;
import io.transferlab.trainer.config.TrainerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands a running job over when the group takes its partition away (a trainer joined, or this one is leaving): the job
 * checkpoints where it is and stops, and the partition's next owner resumes it from that checkpoint, instead of both
 * training it to the end. Kafka calls this on the polling thread before it gives the partition to anyone else, so
 * waiting here until the job has saved its checkpoint makes the hand-over clean. A lost partition (this trainer was
 * thrown out of the group) is handled the same way: the default {@code onPartitionsLost} calls this. A trainer shutting
 * down (SIGTERM: a pod scaled down, Ctrl-C) hands its job over on Quarkus' shutdown event, while object storage and
 * the producers still work, and takes no further job. Partitions newly assigned get a committed start where they have
 * none ({@link CommittedStart}), so an autoscaler reading the group's lag sees only the jobs waiting.
 */
@ApplicationScoped
@Identifier(JobHandOver.NAME)
public class JobHandOver implements KafkaConsumerRebalanceListener {

    /** The name the jobs channel's {@code consumer-rebalance-listener.name} refers to. */
    public static final String NAME = "transferlab-job-hand-over";
    private static final Logger LOG = Logger.getLogger(JobHandOver.class);

    private final TrainerConfig config;
    private final CommittedStart committedStart;
    private final AtomicReference<Lease> running = new AtomicReference<>();
    private volatile boolean shuttingDown;

    public JobHandOver(TrainerConfig config, @Identifier(CommittedStart.NAME) CommittedStart committedStart) {
        this.config = config;
        this.committedStart = committedStart;
    }

    /**
     * Marks a job as running for a partition; close the lease when the job has returned, whatever the outcome. While
     * the trainer shuts down, the lease is stopped from the start: the job is left to the partition's next owner.
     */
    public Lease take(TopicPartition partition, String jobId) {
        Lease lease = new Lease(partition, jobId);
        running.set(lease);
        // After the set: a shutdown that began meanwhile either sees this lease or is seen here.
        lease.stop = shuttingDown;
        return lease;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        committedStart.onPartitionsAssigned(consumer, partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Lease lease = running.get();
        if (lease != null && partitions.contains(lease.partition)) {
            handOver(lease, "partition " + lease.partition + " revoked");
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        shuttingDown = true;
        Lease lease = running.get();
        if (lease != null) {
            handOver(lease, "shutting down");
        }
    }

    private void handOver(Lease lease, String why) {
        LOG.infof("%s: job %s checkpoints at its next step and is handed over", why, lease.jobId);
        lease.stop = true;
        try {
            if (!lease.ended.await(config.handOverTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("job %s did not stop within %s: its partition moves on regardless, and the next trainer "
                        + "resumes from the job's previous checkpoint", lease.jobId, config.handOverTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One job's claim on its partition; its stop signal is raised when the job is to be handed over. */
    public final class Lease implements StopSignal, AutoCloseable {

        private final TopicPartition partition;
        private final String jobId;
        private final CountDownLatch ended = new CountDownLatch(1);
        private volatile boolean stop;

        private Lease(TopicPartition partition, String jobId) {
            this.partition = partition;
            this.jobId = jobId;
        }

        @Override
        public boolean stopRequested() {
            return stop;
        }

        @Override
        public void close() {
            running.compareAndSet(this, null);
            ended.countDown();
        }
    }
}
