package io.transferlab.trainer.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.network.training.StopSignal;
import io.transferlab.service.messaging.CommittedStart;
import io.transferlab.testsupport.TinyExperiment;
import io.transferlab.trainer.TrainerConfigs;
import io.transferlab.trainer.config.TrainerConfig;
import io.transferlab.trainer.kubernetes.PodDeletionCost;
import io.transferlab.trainer.training.JobExecutor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the consumer settles a job's record: acknowledged when the job is done, refused (dead-lettered) when it fails,
 * untouched when it is handed over, since the record then belongs to its partition's next owner. The executor is a
 * stand-in; RebalanceHandOverTest (services/cli) runs the hand-over between real trainers.
 */
class JobConsumerTest {

    private static final TopicPartition PARTITION = new TopicPartition(Topics.JOBS, 0);
    private static final TrainingJob JOB = TinyExperiment.create("consumer", List.of(Variant.BASE_B))
            .trainingJob(Variant.BASE_B);

    private final TrainerConfig config = TrainerConfigs.of(Map.of("transferlab.trainer.hand-over-timeout", "PT0S",
            "transferlab.trainer.pod-deletion-cost.enabled", "false"));
    private final JobHandOver handOver = new JobHandOver(config, new CommittedStart());
    private final List<String> settled = new ArrayList<>();
    private final List<String> executed = new ArrayList<>();

    @Test
    void aDoneJobIsAcknowledged() {
        consumer((job, stop) -> true).onJob(record(Json.write(JOB)));
        assertThat(executed).containsExactly(JOB.job().jobId());
        assertThat(settled).containsExactly("ack");
    }

    @Test
    void aJobHandedOverMidwayIsNeitherAcknowledgedNorRefused() {
        consumer((job, stop) -> {
            handOver.onPartitionsRevoked(null, List.of(PARTITION));
            assertThat(stop.stopRequested()).as("the revoked partition's job is asked to stop").isTrue();
            return false;
        }).onJob(record(Json.write(JOB)));
        assertThat(settled).isEmpty();
    }

    @Test
    void aJobTakenWhileTheTrainerShutsDownIsLeftToItsPartitionsNextOwner() {
        handOver.onShutdown(null);
        consumer((job, stop) -> true).onJob(record(Json.write(JOB)));
        assertThat(executed).isEmpty();
        assertThat(settled).isEmpty();
    }

    @Test
    void aJobFailingWhileBeingHandedOverIsLeftToItsPartitionsNextOwner() {
        consumer((job, stop) -> {
            handOver.onPartitionsRevoked(null, List.of(PARTITION));
            throw new IllegalStateException("interrupted by the shutdown");
        }).onJob(record(Json.write(JOB)));
        assertThat(settled).isEmpty();
    }

    @Test
    void aFailingJobIsRefused() {
        consumer((job, stop) -> {
            throw new IllegalStateException("parent checkpoint missing");
        }).onJob(record(Json.write(JOB)));
        assertThat(settled).containsExactly("nack: parent checkpoint missing");
    }

    @Test
    void anUnreadableRecordIsRefusedUntried() {
        consumer((job, stop) -> true).onJob(record("{ not a job"));
        assertThat(executed).isEmpty();
        assertThat(settled).singleElement().asString().startsWith("nack");
    }

    @Test
    void aJobOnAnotherPartitionIsNotStoppedByARevocation() {
        consumer((job, stop) -> {
            handOver.onPartitionsRevoked(null, List.of(new TopicPartition(Topics.JOBS, 1)));
            return !stop.stopRequested();
        }).onJob(record(Json.write(JOB)));
        assertThat(settled).containsExactly("ack");
    }

    private JobConsumer consumer(BiFunction<TrainingJob, StopSignal, Boolean> execute) {
        JobExecutor executor = new JobExecutor(null, null, null, null, null, null, null) {
            @Override
            public boolean execute(TrainingJob message, StopSignal stop) {
                executed.add(message.job().jobId());
                return execute.apply(message, stop);
            }
        };
        return new JobConsumer(executor, handOver, new PodDeletionCost(config));
    }

    /** A record of the jobs topic's partition 0 that notes how it is settled. */
    private Message<String> record(String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.JOBS, PARTITION.partition(), 0,
                JOB.job().jobId(), payload);
        return Message.of(payload, Metadata.of(new IncomingKafkaRecordMetadata<>(record, TrainerChannels.JOBS)))
                .withAck(() -> {
                    settled.add("ack");
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(error -> {
                    settled.add("nack: " + error.getMessage());
                    return CompletableFuture.completedFuture(null);
                });
    }
}
