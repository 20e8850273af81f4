package io.transferlab.contracts.spec;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.transferlab.contracts.spec.Specs.budget;
import static io.transferlab.contracts.spec.Specs.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExperimentSpecTest {

    @Test
    void resolvingTheMinimalRequestFillsEveryDefault() {
        ExperimentSpec resolved = Specs.minimal().resolved();

        assertThat(resolved.experimentId()).isEqualTo("exp1");
        assertThat(resolved.dataset()).isEqualTo(new DatasetRef("fashion-mnist", null));
        assertThat(resolved.architecture()).isEqualTo("compact8");
        assertThat(resolved.depths()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(resolved.variants()).containsExactly(Variant.BASE_A, Variant.BASE_B, Variant.BNB,
                Variant.BNB_PLUS, Variant.ANB, Variant.ANB_PLUS, Variant.RNB);
        assertThat(resolved.seeds()).containsExactly(1L);
        assertThat(resolved.profile()).isEqualTo("quick");
        assertThat(resolved.budget()).isEqualTo(Profile.QUICK.budget());
        assertThat(resolved.evaluation()).isEqualTo(Profile.QUICK.evaluation());
    }

    @Test
    void defaultSplitIsARandomSplitWithSeedOne() {
        SplitSpec split = Specs.minimal().resolved().split();

        assertThat(split.isExplicit()).isFalse();
        assertThat(split.randomSeed()).isEqualTo(1L);
        assertThat(split.classesA()).isNull();
        assertThat(split.classesB()).isNull();
        assertThat(split.validationFractionOrDefault()).isEqualTo(1.0 / 12);
    }

    @Test
    void quickProfileHasTheDocumentedValues() {
        TrainingBudget quick = Profile.QUICK.budget();
        assertThat(quick.epochs()).isNull();
        assertThat(quick.iterations()).isEqualTo(30);
        assertThat(quick.batchSize()).isEqualTo(32);
        assertThat(Profile.QUICK.evaluation().bestK()).isEqualTo(3);
    }

    @Test
    void paperProfileFollowsThePapersProtocol() {
        ExperimentSpec resolved = spec().profile("paper").build().resolved();

        assertThat(resolved.profile()).isEqualTo("paper");
        TrainingBudget b = resolved.budget();
        assertThat(b).isEqualTo(Profile.PAPER.budget());
        assertThat(b.iterations()).isEqualTo(450_000);
        assertThat(b.batchSize()).isEqualTo(256);
        assertThat(b.learningRate()).isEqualTo(0.01);
        assertThat(b.lrDecay()).isEqualTo(0.1);
        assertThat(b.lrStepIterations()).isEqualTo(100_000);
        assertThat(b.momentum()).isEqualTo(0.9);
        assertThat(b.weightDecay()).isEqualTo(5e-4);
        assertThat(b.dropout()).isEqualTo(0.5);
        assertThat(resolved.evaluation().bestK()).isEqualTo(10);
    }

    @Test
    void givenFieldsAreKept() {
        SplitSpec split = SplitSpec.explicit(List.of(0, 1), List.of(2, 3));
        ExperimentSpec resolved = spec().architecture("caffenet8").depths(3, 1).variants(Variant.ANB_PLUS)
                .seeds(7L, 2L).split(split).build().resolved();

        assertThat(resolved.architecture()).isEqualTo("caffenet8");
        assertThat(resolved.depths()).containsExactly(3, 1);
        assertThat(resolved.variants()).containsExactly(Variant.ANB_PLUS);
        assertThat(resolved.seeds()).containsExactly(7L, 2L);
        assertThat(resolved.split()).isSameAs(split);
    }

    @Test
    void onlyEpochsDropsTheProfilesIterations() {
        TrainingBudget b = spec().budget(budget().epochs(3)).build().resolved().budget();

        assertThat(b.epochs()).isEqualTo(3);
        assertThat(b.iterations()).isNull();
        assertThat(b.batchSize()).isEqualTo(Profile.QUICK.budget().batchSize());
        assertThat(b.learningRate()).isEqualTo(0.01);
        assertThat(b.trainImagesPerHalf()).isEqualTo(6000);
    }

    @Test
    void onlyBatchSizeKeepsTheProfilesIterations() {
        TrainingBudget b = spec().budget(budget().batchSize(48)).build().resolved().budget();

        assertThat(b.batchSize()).isEqualTo(48);
        assertThat(b.iterations()).isEqualTo(Profile.QUICK.budget().iterations());
        assertThat(b.epochs()).isNull();
        assertThat(b.momentum()).isEqualTo(0.9);
    }

    @Test
    void onlyIterationsReplacesTheProfilesIterations() {
        TrainingBudget b = spec().profile("paper").budget(budget().iterations(1000).learningRate(0.05))
                .build().resolved().budget();

        assertThat(b.iterations()).isEqualTo(1000);
        assertThat(b.epochs()).isNull();
        assertThat(b.learningRate()).isEqualTo(0.05);
        assertThat(b.batchSize()).isEqualTo(256);
        assertThat(b.checkpointEvery()).isEqualTo(5000);
    }

    @Test
    void partialEvaluationSettingsMergeWithTheProfile() {
        EvaluationSettings e = spec().evaluation(new EvaluationSettings(null, 5, null, 100)).build().resolved()
                .evaluation();

        EvaluationSettings quick = Profile.QUICK.evaluation();
        assertThat(e).isEqualTo(new EvaluationSettings(quick.validateEvery(), 5, quick.validationImages(), 100));
    }

    @Test
    void resolvingTwiceChangesNothing() {
        ExperimentSpec once = spec().profile("paper").budget(budget().epochs(2)).build().resolved();
        assertThat(once.resolved()).isEqualTo(once);
    }

    @Test
    void resolvedListsAreCopiesOfTheRequestsLists() {
        List<Integer> depths = new ArrayList<>(List.of(1, 2));
        ExperimentSpec resolved = spec().depths(depths).build().resolved();

        depths.add(3);

        assertThat(resolved.depths()).containsExactly(1, 2);
        assertThatThrownBy(() -> resolved.depths().add(4)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unknownProfileCannotBeResolved() {
        assertThatThrownBy(() -> spec().profile("slow").build().resolved())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown profile 'slow' (known: [quick, paper])");
    }

    @Test
    void totalIterationsFromEpochsRoundsTheLastBatchUp() {
        TrainingBudget byEpochs = budget().epochs(2).batchSize(64).build();
        assertThat(byEpochs.batchesPerEpoch(1000)).isEqualTo(16);
        assertThat(byEpochs.batchesPerEpoch(1024)).isEqualTo(16);
        assertThat(byEpochs.batchesPerEpoch(1025)).isEqualTo(17);
        assertThat(byEpochs.totalIterations(1000)).isEqualTo(32);

        TrainingBudget byIterations = budget().iterations(150).batchSize(64).build();
        assertThat(byIterations.totalIterations(1000)).isEqualTo(150);
    }

    @Test
    void halvesAreEachOthersOther() {
        assertThat(Half.A.other()).isEqualTo(Half.B);
        assertThat(Half.B.other()).isEqualTo(Half.A);
    }
}
