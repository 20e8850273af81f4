package io.transferlab.contracts.messaging;

import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the jobs of a sweep are published: spread evenly over the jobs topic's partitions, each always on one. */
class JobPartitionsTest {

    /** The default preset's sweep: 72 nets, 24 of them waiting on nothing. */
    private static final ResolvedSpec DEFAULT = new ExperimentSpec("fmnist-default",
            new DatasetRef(Dataset.FASHION_MNIST.id(), null), null, null, List.of(1, 3, 5, 7),
            List.of(Variant.BASE_A, Variant.BASE_B, Variant.BNB, Variant.ANB, Variant.ANB_PLUS, Variant.RNB),
            List.of(1L, 2L, 3L, 4L), null, null, null).resolve();

    @Test
    void theDefaultSweepsJobsLieEvenlyOverThePartitions() {
        List<TrainingJob> roots = TrainingJob.roots(new ExperimentAccepted("fmnist-default", DEFAULT, "digest",
                Planner.plan(DEFAULT), null, 1L, null));
        List<TrainingJob> all = roots.stream().flatMap(root -> Stream.concat(Stream.of(root),
                root.dependents().stream())).toList();
        assertThat(all).hasSize(72);

        int[] perPartition = count(all);
        int[] rootsPerPartition = count(roots);
        System.out.println("jobs per partition: " + Arrays.toString(perPartition) + "; the 24 first: "
                + Arrays.toString(rootsPerPartition));
        assertThat(perPartition).containsOnly(72 / Topics.JOB_PARTITIONS);
        assertThat(rootsPerPartition).as("hashing the ids piles up to 4 on one too").containsOnly(0, 2, 4);
    }

    /** The predict preset's 8 base nets on 2 trainers owning partitions 0-5 and 6-11 (or evens and odds): 4 each. */
    @Test
    void aSmallPlanIsDealtInTurnToTwoTrainersWhateverTheirHalves() {
        for (String id : List.of("fmnist-predict", "fmnist-default", "x", "a-longer-experiment-id")) {
            int[] low = new int[2];
            int[] even = new int[2];
            for (int index = 0; index < 8; index++) {
                int partition = JobPartitions.of(id, index);
                low[partition < Topics.JOB_PARTITIONS / 2 ? 0 : 1]++;
                even[partition % 2]++;
            }
            assertThat(low).as(id + ": contiguous halves").containsExactly(4, 4);
            assertThat(even).as(id + ": evens and odds").containsExactly(4, 4);
        }
    }

    @Test
    void aJobAlwaysGoesToTheSamePartitionAndTheNextJobToTheOppositeHalf() {
        TrainingJob first = TrainingJob.roots(new ExperimentAccepted("fmnist-default", DEFAULT, "digest",
                Planner.plan(DEFAULT), null, 1L, null)).get(0);

        assertThat(JobPartitions.of(first)).isEqualTo(JobPartitions.of(first))
                .isEqualTo(JobPartitions.of("fmnist-default", 0))
                .isBetween(0, Topics.JOB_PARTITIONS - 1);
        assertThat(JobPartitions.of("fmnist-default", 1))
                .isEqualTo((JobPartitions.of("fmnist-default", 0) + 6) % Topics.JOB_PARTITIONS);
    }

    private static int[] count(List<TrainingJob> jobs) {
        int[] counts = new int[Topics.JOB_PARTITIONS];
        jobs.forEach(job -> counts[JobPartitions.of(job)]++);
        return counts;
    }
}
