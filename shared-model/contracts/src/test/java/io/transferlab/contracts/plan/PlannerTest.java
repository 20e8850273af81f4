package io.transferlab.contracts.plan;

import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.Specs;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.transferlab.contracts.spec.Specs.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlannerTest {

    private static final ResolvedSpec DEFAULT = Specs.minimal().resolve();
    private static final ResolvedSpec ALL_VARIANTS = spec().variants(Variant.values()).build().resolve();

    private static Map<String, PlannedJob> byId(List<PlannedJob> plan) {
        return plan.stream().collect(Collectors.toMap(PlannedJob::jobId, job -> job));
    }

    /** Every variant's jobs: one base net of each half, and every other variant once per depth, per seed. */
    private static int jobs(int seeds, int depths) {
        int bases = (int) Arrays.stream(Variant.values()).filter(Variant::isBase).count();
        return seeds * (bases + (Variant.values().length - bases) * depths);
    }

    private static PlannedJob find(List<PlannedJob> plan, Variant variant, int depth, long seed) {
        return plan.stream().filter(j -> j.variant() == variant && j.depth() == depth && j.seed() == seed)
                .findFirst().orElseThrow(() -> new AssertionError("no " + variant + " n" + depth + " s" + seed));
    }

    @Test
    void defaultSpecPlansTwoBasesAndSevenDepthsOfFiveVariants() {
        List<PlannedJob> plan = Planner.plan(DEFAULT);

        assertThat(plan).hasSize(2 + 7 * 5);
        Map<Variant, Long> counts = plan.stream()
                .collect(Collectors.groupingBy(PlannedJob::variant, Collectors.counting()));
        assertThat(counts).containsOnly(Map.entry(Variant.BASE_A, 1L), Map.entry(Variant.BASE_B, 1L),
                Map.entry(Variant.BNB, 7L), Map.entry(Variant.BNB_PLUS, 7L), Map.entry(Variant.ANB, 7L),
                Map.entry(Variant.ANB_PLUS, 7L), Map.entry(Variant.RNB, 7L));
        for (Variant v : List.of(Variant.BNB, Variant.BNB_PLUS, Variant.ANB, Variant.ANB_PLUS, Variant.RNB)) {
            assertThat(plan).filteredOn(j -> j.variant() == v).extracting(PlannedJob::depth)
                    .as(v.label()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
        }
        assertThat(plan).allSatisfy(j -> {
            assertThat(j.experimentId()).isEqualTo("exp1");
            assertThat(j.seed()).isEqualTo(1L);
        });
    }

    @Test
    void baseJobsComeFirst() {
        List<PlannedJob> plan = Planner.plan(DEFAULT);

        assertThat(plan.subList(0, 2)).extracting(PlannedJob::variant)
                .containsExactly(Variant.BASE_A, Variant.BASE_B);
        assertThat(plan.subList(0, 2)).extracting(PlannedJob::depth).containsOnly(0);
        assertThat(plan.subList(2, plan.size())).noneMatch(j -> j.variant().isBase());
    }

    @Test
    void transferJobsAreOrderedByDepth() {
        List<PlannedJob> transfers = Planner.plan(DEFAULT).subList(2, 37);
        assertThat(transfers).extracting(PlannedJob::depth).isSorted();
    }

    @Test
    void everyParentIsPlannedEarlierInTheList() {
        for (ResolvedSpec spec : List.of(DEFAULT, ALL_VARIANTS,
                spec().variants(Variant.values()).seeds(3L, 1L, 2L).build().resolve())) {
            List<PlannedJob> plan = Planner.plan(spec);
            Set<String> seen = new HashSet<>();
            for (PlannedJob job : plan) {
                if (job.parentJobId() != null) {
                    assertThat(seen).as("parent of " + job.jobId()).contains(job.parentJobId());
                }
                seen.add(job.jobId());
            }
        }
    }

    @Test
    void eachTransferJobDependsOnTheBaseOfItsSourceHalf() {
        List<PlannedJob> plan = Planner.plan(ALL_VARIANTS);
        String baseA = find(plan, Variant.BASE_A, 0, 1).jobId();
        String baseB = find(plan, Variant.BASE_B, 0, 1).jobId();

        for (int n = 1; n <= 7; n++) {
            assertThat(find(plan, Variant.ANB, n, 1).parentJobId()).isEqualTo(baseA);
            assertThat(find(plan, Variant.ANB_PLUS, n, 1).parentJobId()).isEqualTo(baseA);
            assertThat(find(plan, Variant.ANA, n, 1).parentJobId()).isEqualTo(baseA);
            assertThat(find(plan, Variant.ANA_PLUS, n, 1).parentJobId()).isEqualTo(baseA);
            assertThat(find(plan, Variant.BNB, n, 1).parentJobId()).isEqualTo(baseB);
            assertThat(find(plan, Variant.BNB_PLUS, n, 1).parentJobId()).isEqualTo(baseB);
            assertThat(find(plan, Variant.BNA, n, 1).parentJobId()).isEqualTo(baseB);
            assertThat(find(plan, Variant.BNA_PLUS, n, 1).parentJobId()).isEqualTo(baseB);
            assertThat(find(plan, Variant.RNB, n, 1).parentJobId()).isNull();
            assertThat(find(plan, Variant.RNA, n, 1).parentJobId()).isNull();
        }
        assertThat(find(plan, Variant.BASE_A, 0, 1).parentJobId()).isNull();
        assertThat(find(plan, Variant.BASE_B, 0, 1).parentJobId()).isNull();
        assertThat(plan).hasSize(jobs(1, 7));
    }

    @Test
    void aTransferVariantAloneStillPlansItsBase() {
        List<PlannedJob> plan = Planner.plan(spec().variants(Variant.ANB).build().resolve());

        assertThat(plan).hasSize(1 + 7);
        assertThat(plan.get(0).variant()).isEqualTo(Variant.BASE_A);
        assertThat(plan).noneMatch(j -> j.variant() == Variant.BASE_B);
        assertThat(plan.subList(1, 8)).allSatisfy(j -> {
            assertThat(j.variant()).isEqualTo(Variant.ANB);
            assertThat(j.parentJobId()).isEqualTo(plan.get(0).jobId());
        });
    }

    @Test
    void theControlAloneNeedsNoBase() {
        List<PlannedJob> plan = Planner.plan(spec().variants(Variant.RNB).depths(2, 5).build().resolve());

        assertThat(plan).extracting(PlannedJob::variant).containsExactly(Variant.RNB, Variant.RNB);
        assertThat(plan).extracting(PlannedJob::parentJobId).containsOnlyNulls();
    }

    @Test
    void basesAreNotDuplicatedWhenRequestedAndImplied() {
        List<PlannedJob> plan = Planner.plan(spec().variants(Variant.ANB, Variant.BASE_A, Variant.ANA_PLUS)
                .depths(3).build().resolve());

        assertThat(plan).extracting(PlannedJob::label).containsExactly("baseA", "AnB n=3", "AnA+ n=3");
    }

    @Test
    void planningTwiceGivesEqualPlans() {
        assertThat(Planner.plan(DEFAULT)).isEqualTo(Planner.plan(Specs.minimal().resolve()));
        assertThat(Planner.plan(ALL_VARIANTS)).isEqualTo(Planner.plan(ALL_VARIANTS));
    }

    @Test
    void jobIdsAreUniqueKeySafeAndDeterministic() {
        List<PlannedJob> plan = Planner.plan(spec().variants(Variant.values()).seeds(0L, 1L, 42L).build().resolve());

        assertThat(plan).extracting(PlannedJob::jobId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z0-9.-]+").doesNotContain(".."));
        assertThat(plan).allSatisfy(j ->
                assertThat(j.jobId()).isEqualTo(PlannedJob.id(j.experimentId(), j.variant(), j.depth(), j.seed())));
        assertThat(plan).extracting(PlannedJob::jobId)
                .contains("exp1.basea.n0.s42", "exp1.anb-plus.n3.s1", "exp1.bna.n7.s0", "exp1.rnb.n1.s1");
    }

    @Test
    void idsDifferAcrossSeedsAndSeedsDoubleTheCount() {
        List<PlannedJob> plan = Planner.plan(spec().seeds(1L, 2L).build().resolve());

        assertThat(plan).hasSize(2 * 37);
        Set<String> seed1 = plan.stream().filter(j -> j.seed() == 1).map(PlannedJob::jobId).collect(Collectors.toSet());
        Set<String> seed2 = plan.stream().filter(j -> j.seed() == 2).map(PlannedJob::jobId).collect(Collectors.toSet());
        assertThat(seed1).hasSize(37).doesNotContainAnyElementsOf(seed2);
        assertThat(seed2).hasSize(37);

        Map<String, PlannedJob> ids = byId(plan);
        assertThat(plan).filteredOn(j -> j.parentJobId() != null).isNotEmpty().allSatisfy(j -> {
            PlannedJob parent = ids.get(j.parentJobId());
            assertThat(parent).isNotNull();
            assertThat(parent.seed()).isEqualTo(j.seed());
            assertThat(parent.variant()).isEqualTo(j.variant().sourceBase().orElseThrow());
        });
    }

    @Test
    void idsDifferAcrossExperiments() {
        List<PlannedJob> one = Planner.plan(DEFAULT);
        List<PlannedJob> other = Planner.plan(spec().experimentId("exp2").build().resolve());
        assertThat(one).extracting(PlannedJob::jobId)
                .doesNotContainAnyElementsOf(other.stream().map(PlannedJob::jobId).toList());
    }

    @Test
    void dependentsAreExactlyTheJobsCopyingFromThatBase() {
        List<PlannedJob> plan = Planner.plan(DEFAULT);
        String baseA = find(plan, Variant.BASE_A, 0, 1).jobId();
        String baseB = find(plan, Variant.BASE_B, 0, 1).jobId();

        List<PlannedJob> ofA = Planner.dependents(plan, baseA);
        List<PlannedJob> ofB = Planner.dependents(plan, baseB);

        assertThat(ofA).hasSize(14).extracting(PlannedJob::variant).containsOnly(Variant.ANB, Variant.ANB_PLUS);
        assertThat(ofB).hasSize(14).extracting(PlannedJob::variant).containsOnly(Variant.BNB, Variant.BNB_PLUS);
        assertThat(ofA).containsExactlyElementsOf(plan.stream().filter(j -> baseA.equals(j.parentJobId())).toList());
        assertThat(Planner.dependents(plan, find(plan, Variant.ANB, 3, 1).jobId())).isEmpty();
        assertThat(Planner.dependents(plan, "exp1.nothing.n0.s1")).isEmpty();
    }

    @Test
    void dependentsStayWithinTheirSeed() {
        List<PlannedJob> plan = Planner.plan(spec().seeds(1L, 2L).build().resolve());
        String baseA2 = find(plan, Variant.BASE_A, 0, 2).jobId();

        List<PlannedJob> dependents = Planner.dependents(plan, baseA2);

        assertThat(dependents).hasSize(14).allSatisfy(j -> assertThat(j.seed()).isEqualTo(2L));
        assertThat(dependents).extracting(PlannedJob::depth).containsOnly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void labelsFollowThePaper() {
        List<PlannedJob> plan = Planner.plan(DEFAULT);
        assertThat(find(plan, Variant.ANB_PLUS, 3, 1).label()).isEqualTo("AnB+ n=3");
        assertThat(find(plan, Variant.BASE_B, 0, 1).label()).isEqualTo("baseB");
    }

    @Test
    void planIsImmutable() {
        List<PlannedJob> plan = Planner.plan(DEFAULT);
        assertThatThrownBy(() -> plan.remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void countsForOtherCombinations() {
        assertThat(Planner.plan(spec().variants(Variant.ANB_PLUS, Variant.BNB).depths(4).build().resolve()))
                .extracting(PlannedJob::label).containsExactly("baseA", "baseB", "AnB+ n=4", "BnB n=4");
        assertThat(Planner.plan(spec().variants(Variant.values()).depths(1, 7).seeds(5L, 6L).build().resolve()))
                .hasSize(jobs(2, 2));
    }

    /** Estimated seeds plan both base nets: seed 1 lacks baseB here, and a repeated row counts once. */
    @Test
    void onlySeedsWithBothBaseNetsAreEstimated() {
        List<PlannedJob> plan = List.of(job(Variant.BASE_A, 2), job(Variant.BASE_A, 1), job(Variant.BASE_B, 2),
                job(Variant.BASE_A, 2), job(Variant.BASE_B, 3));

        assertThat(Planner.estimatedSeeds(plan)).containsExactly(2L);
        assertThat(Planner.planned(plan, Variant.BASE_B, 2)).contains(plan.get(2));
        assertThat(Planner.planned(plan, Variant.BASE_B, 1)).isEmpty();
        assertThat(Planner.estimatedSeeds(List.of())).isEmpty();
    }

    private static PlannedJob job(Variant base, long seed) {
        return new PlannedJob(PlannedJob.id("e", base, 0, seed), "e", base, 0, seed, null);
    }
}
