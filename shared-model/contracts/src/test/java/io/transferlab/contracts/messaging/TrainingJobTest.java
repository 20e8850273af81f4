package io.transferlab.contracts.messaging;

import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The jobs data-prep publishes first, each carrying the jobs its trainer releases when it is done. */
class TrainingJobTest {

    private static final ResolvedSpec SPEC = new ExperimentSpec("roots", new DatasetRef(Dataset.FASHION_MNIST.id(),
            null), null, null, List.of(1, 2), List.of(Variant.BASE_B, Variant.BNB, Variant.ANB_PLUS, Variant.RNB),
            List.of(1L), null, null, null).resolve();
    private static final ExperimentAccepted ACCEPTED = new ExperimentAccepted("roots", SPEC, "digest",
            Planner.plan(SPEC), null, 1L, null);

    @Test
    void theRootsAreTheJobsThatWaitOnNothingAndEachCarriesItsDependents() {
        List<TrainingJob> roots = TrainingJob.roots(ACCEPTED);

        assertThat(roots).extracting(root -> root.job().variant())
                .containsExactlyInAnyOrder(Variant.BASE_A, Variant.BASE_B, Variant.RNB, Variant.RNB);
        for (TrainingJob root : roots) {
            List<PlannedJob> expected = Planner.dependents(ACCEPTED.plan(), root.job().jobId());
            assertThat(root.dependents()).extracting(TrainingJob::job).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(root.dependents()).allSatisfy(dependent -> {
                assertThat(dependent.dependents()).isEmpty();
                assertThat(dependent.spec()).isEqualTo(SPEC);
            });
        }
        assertThat(roots.stream().filter(root -> root.job().variant() == Variant.BASE_B).findFirst().orElseThrow()
                .dependents()).extracting(dependent -> dependent.job().variant()).containsOnly(Variant.BNB);
    }

    /** Seed 2's base nets are published before seed 1's random controls: nothing waits behind a leaf. */
    @Test
    void rootsThatReleaseJobsArePublishedBeforeThoseThatReleaseNone() {
        ResolvedSpec twoSeeds = new ExperimentSpec("roots", new DatasetRef(Dataset.FASHION_MNIST.id(), null), null,
                null, List.of(1, 2), List.of(Variant.BASE_B, Variant.BNB, Variant.RNB), List.of(1L, 2L), null, null,
                null).resolve();
        List<TrainingJob> roots = TrainingJob.roots(new ExperimentAccepted("roots", twoSeeds, "digest",
                Planner.plan(twoSeeds), null, 1L, null));

        assertThat(roots).extracting(root -> root.job().variant() + " seed " + root.job().seed()).containsExactly(
                "baseB seed 1", "baseB seed 2", "RnB seed 1", "RnB seed 1", "RnB seed 2", "RnB seed 2");
    }

    @Test
    void everyPlannedJobIsARootOrTheDependentOfExactlyOneRoot() {
        List<TrainingJob> roots = TrainingJob.roots(ACCEPTED);
        List<PlannedJob> published = roots.stream().flatMap(root -> Stream.concat(
                Stream.of(root.job()), root.dependents().stream().map(TrainingJob::job))).toList();

        assertThat(published).containsExactlyInAnyOrderElementsOf(ACCEPTED.plan());
    }
}
