package io.transferlab.cli;

import io.transferlab.cli.client.RequestPublisher;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.JobPartitions;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.infra.ServiceProcess;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scaling without double work: a trainer joins the group while the running trainer trains a job whose partition the
 * group gives to the newcomer. The running trainer checkpoints the job where it is and stops; the newcomer resumes it
 * from that checkpoint. The newcomer is then stopped as a pod is scaled down (SIGTERM) and hands the job back the same
 * way. The job is trained to its end once and evaluated once.
 */
class RebalanceHandOverTest {

    /** Long enough that the job is still training when the second trainer has started and joined. */
    private static final int ITERATIONS = 2_000;
    /** Cooperative sticky assignment leaves the first half of the partitions with the trainer that had them all. */
    private static final int MOVING_PARTITION = Topics.JOB_PARTITIONS - 1;
    private static final String JOINING = "trainer-joining";

    @Test
    void aJobWhosePartitionMovesToAJoiningTrainerIsHandedOverAndTrainedOnce() throws Exception {
        LocalSystem system = LocalSystem.shared();
        Path data = TinyDataSet.write();
        String experimentId = experimentWithBaseAOn(MOVING_PARTITION);
        String jobId = PlannedJob.id(experimentId, Variant.BASE_A, 0, 1);
        try (TopicRecorder events = new TopicRecorder(system.kafka(), List.of(Topics.STATUS, Topics.EVALUATIONS))) {
            RequestPublisher.publish(system.kafka(), """
                    {"experimentId": "%s", "dataset": {"name": "mnist", "location": "%s"},
                     "split": {"classesA": [0, 1], "classesB": [2, 3]}, "variants": ["baseA"], "depths": [1],
                     "seeds": [1], "budget": {"iterations": %d, "batchSize": 16, "checkpointEvery": 1000},
                     "evaluation": {"validateEvery": 1000, "validationImages": 20, "testImages": 40}}
                    """.formatted(experimentId, data, ITERATIONS));
            String running = progress(events.until(records -> progress(records, jobId).findAny().isPresent(),
                    Duration.ofMinutes(2)), jobId).findFirst().orElseThrow().worker();

            try (ServiceProcess joining = system.launch("trainer", Map.of("TRANSFERLAB_TRAINER_WORKER_ID", JOINING),
                    JOINING + ".log")) {
                joining.awaitReady(Duration.ofMinutes(3));
                events.until(records -> progress(records, jobId).anyMatch(s -> s.worker().equals(JOINING)),
                        Duration.ofMinutes(2));
                // Scaled down as a pod is (SIGTERM): it hands the job back over as it leaves the group.
                joining.stop();
            }
            List<ConsumerRecord<String, String>> records = events.until(all -> all.stream()
                    .anyMatch(r -> r.topic().equals(Topics.EVALUATIONS) && jobId.equals(r.key())),
                    Duration.ofMinutes(5));

            List<JobStatus> statuses = TopicRecorder.values(records.stream().filter(r -> jobId.equals(r.key()))
                    .toList(), Topics.STATUS, JobStatus.class);
            JobStatus joined = only(statuses, s -> handedOverBy(s, running), "handed over by the first trainer");
            JobStatus left = only(statuses, s -> handedOverBy(s, JOINING), "handed over by the leaving trainer");
            assertThat(joined.iteration()).isPositive().isLessThan(left.iteration());
            assertThat(left.iteration()).isLessThan(ITERATIONS);
            assertThat(List.of(joined, left)).as("a hand-over says how far the job is")
                    .extracting(JobStatus::totalIterations).containsOnly((long) ITERATIONS);
            assertThat(only(statuses, s -> startedBy(s, JOINING), "started once by the joining trainer").iteration())
                    .as("resumed from the hand-over checkpoint").isEqualTo(joined.iteration());
            assertThat(statuses.stream().filter(s -> startedBy(s, running)).map(JobStatus::iteration))
                    .as("the first trainer started it, then resumed it where the leaving one stopped")
                    .containsExactly(0L, left.iteration());
            assertThat(statuses).as("the first trainer did not train the job between handing it over and back")
                    .filteredOn(s -> s.state() == JobStatus.State.PROGRESS && s.worker().equals(running))
                    .allSatisfy(s -> assertThat(s.iteration() <= joined.iteration()
                            || s.iteration() > left.iteration()).as("iteration %d", s.iteration()).isTrue());
            assertThat(statuses).as("the joining trainer trained only between the two hand-overs")
                    .filteredOn(s -> s.state() == JobStatus.State.PROGRESS && s.worker().equals(JOINING))
                    .allSatisfy(s -> assertThat(s.iteration()).isGreaterThan(joined.iteration())
                            .isLessThanOrEqualTo(left.iteration()));
            assertThat(statuses).filteredOn(s -> s.state() == JobStatus.State.FINISHED)
                    .as("trained to the end once").singleElement()
                    .satisfies(s -> assertThat(s.worker()).isEqualTo(running))
                    .satisfies(s -> assertThat(s.iteration()).isEqualTo(ITERATIONS));
            assertThat(TopicRecorder.values(records.stream().filter(r -> jobId.equals(r.key())).toList(),
                    Topics.EVALUATIONS, EvaluationCompleted.class)).as("evaluated once").hasSize(1);
            System.out.println("hand-over: " + jobId + " stopped by " + running + " at iteration " + joined.iteration()
                    + " when " + JOINING + " joined, by " + JOINING + " at " + left.iteration()
                    + " on SIGTERM, finished by " + running);
        }
    }

    /** A fresh experiment id whose single job, its plan's first (baseA), goes to {@code partition} of the jobs topic. */
    private static String experimentWithBaseAOn(int partition) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; ; i++) {
            String id = "handover-" + run + "-" + i;
            if (JobPartitions.of(id, 0) == partition) {
                return id;
            }
        }
    }

    private static Stream<JobStatus> progress(List<ConsumerRecord<String, String>> records, String jobId) {
        return TopicRecorder.values(records.stream().filter(r -> jobId.equals(r.key())).toList(), Topics.STATUS,
                JobStatus.class).stream().filter(s -> s.state() == JobStatus.State.PROGRESS);
    }

    private static boolean handedOverBy(JobStatus status, String worker) {
        return status.state() == JobStatus.State.HANDED_OVER && status.worker().equals(worker);
    }

    private static boolean startedBy(JobStatus status, String worker) {
        return status.state() == JobStatus.State.STARTED && status.worker().equals(worker);
    }

    private static JobStatus only(List<JobStatus> statuses, Predicate<JobStatus> which, String what) {
        List<JobStatus> matching = statuses.stream().filter(which).toList();
        assertThat(matching).as(what + ", in " + statuses).hasSize(1);
        return matching.get(0);
    }
}
