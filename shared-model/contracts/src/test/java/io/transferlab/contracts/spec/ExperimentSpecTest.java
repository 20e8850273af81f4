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
        ResolvedSpec resolved = Specs.minimal().resolve();

        assertThat(resolved.experimentId()).isEqualTo("exp1");
        assertThat(resolved.dataset()).isEqualTo(new ResolvedDataset(Dataset.FASHION_MNIST,
                "/usr/share/datasets/fashion-mnist"));
        assertThat(resolved.dataset().isDefaultLocation()).isTrue();
        assertThat(resolved.architecture()).isEqualTo(NetArchitecture.COMPACT8);
        assertThat(resolved.depths()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(resolved.variants()).containsExactly(Variant.BASE_A, Variant.BASE_B, Variant.BNB,
                Variant.BNB_PLUS, Variant.ANB, Variant.ANB_PLUS, Variant.RNB);
        assertThat(resolved.seeds()).containsExactly(1L);
        assertThat(resolved.profile()).isEqualTo(Profile.QUICK);
        assertThat(resolved.budget()).isEqualTo(new ResolvedBudget(TrainingLength.iterations(30), 32, 0.01, 0.1,
                100_000, 0.9, 5e-4, 0.5, ImageLimit.atMost(6000), 15, ImageLimit.atMost(6000)));
        assertThat(resolved.evaluation()).isEqualTo(new ResolvedEvaluation(10, 3, ImageLimit.atMost(100),
                ImageLimit.atMost(500)));
    }

    @Test
    void defaultSplitIsARandomSplitWithSeedOne() {
        ResolvedSplit split = Specs.minimal().resolve().split();

        assertThat(split.isExplicit()).isFalse();
        assertThat(split.randomSeed()).isEqualTo(1L);
        assertThat(split.classesA()).isNull();
        assertThat(split.classesB()).isNull();
        assertThat(split.validationFraction()).isEqualTo(1.0 / 12);
        assertThat(split.sizes(10)).isEqualTo(new ResolvedSplit.Sizes(5, 5));
        assertThat(split.sizes(7)).isEqualTo(new ResolvedSplit.Sizes(3, 4));
    }

    /** The README: "a random 5/5 split with seed 1"; a split giving sizes or a fraction but no seed is seeded so. */
    @Test
    void aSplitWithoutASeedHasTheDefaultSeed() {
        ResolvedSplit sized = spec().split(new SplitSpec(null, null, null, 6, 4, null, null)).build().resolve().split();

        assertThat(sized.randomSeed()).isEqualTo(Specs.minimal().resolve().split().randomSeed()).isEqualTo(1L);
        assertThat(sized.sizes(10)).isEqualTo(new ResolvedSplit.Sizes(6, 4));
    }

    @Test
    void aGivenLocationIsKept() {
        ResolvedDataset dataset = spec().dataset(new DatasetRef("cifar10", "/data/cifar")).build().resolve().dataset();

        assertThat(dataset).isEqualTo(new ResolvedDataset(Dataset.CIFAR10, "/data/cifar"));
        assertThat(dataset.isDefaultLocation()).isFalse();
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
        ResolvedSpec resolved = spec().profile("paper").build().resolve();

        assertThat(resolved.profile()).isEqualTo(Profile.PAPER);
        ResolvedBudget b = resolved.budget();
        assertThat(b.length()).isEqualTo(TrainingLength.iterations(450_000));
        assertThat(b.batchSize()).isEqualTo(256);
        assertThat(b.learningRate()).isEqualTo(0.01);
        assertThat(b.lrDecay()).isEqualTo(0.1);
        assertThat(b.lrStepIterations()).isEqualTo(100_000);
        assertThat(b.momentum()).isEqualTo(0.9);
        assertThat(b.weightDecay()).isEqualTo(5e-4);
        assertThat(b.dropout()).isEqualTo(0.5);
        assertThat(b.trainImagesPerHalf()).isEqualTo(ImageLimit.ALL);
        assertThat(resolved.evaluation()).isEqualTo(new ResolvedEvaluation(4000, 10, ImageLimit.ALL, ImageLimit.ALL));
    }

    @Test
    void givenFieldsAreKept() {
        SplitSpec split = SplitSpec.explicit(List.of(0, 1), List.of(2, 3));
        ResolvedSpec resolved = spec().architecture("caffenet8").depths(3, 1).variants(Variant.ANB_PLUS)
                .seeds(7L, 2L).split(split).build().resolve();

        assertThat(resolved.architecture()).isEqualTo(NetArchitecture.CAFFENET8);
        assertThat(resolved.depths()).containsExactly(3, 1);
        assertThat(resolved.variants()).containsExactly(Variant.ANB_PLUS);
        assertThat(resolved.seeds()).containsExactly(7L, 2L);
        assertThat(resolved.split()).isEqualTo(split.resolve());
        assertThat(resolved.split().classesA()).isEqualTo(split.classesA());
        assertThat(resolved.split().draw()).isEqualTo(DataDraw.PER_SEED);
    }

    @Test
    void onlyEpochsDropsTheProfilesIterations() {
        ResolvedBudget b = spec().budget(budget().epochs(3)).build().resolve().budget();

        assertThat(b.length()).isEqualTo(TrainingLength.epochs(3));
        assertThat(b.batchSize()).isEqualTo(Profile.QUICK.budget().batchSize());
        assertThat(b.learningRate()).isEqualTo(0.01);
        assertThat(b.trainImagesPerHalf()).isEqualTo(ImageLimit.atMost(6000));
    }

    @Test
    void onlyBatchSizeKeepsTheProfilesIterations() {
        ResolvedBudget b = spec().budget(budget().batchSize(48)).build().resolve().budget();

        assertThat(b.batchSize()).isEqualTo(48);
        assertThat(b.length()).isEqualTo(TrainingLength.iterations(Profile.QUICK.budget().iterations()));
        assertThat(b.momentum()).isEqualTo(0.9);
    }

    @Test
    void onlyIterationsReplacesTheProfilesIterations() {
        ResolvedBudget b = spec().profile("paper").budget(budget().iterations(1000).learningRate(0.05))
                .build().resolve().budget();

        assertThat(b.length()).isEqualTo(TrainingLength.iterations(1000));
        assertThat(b.learningRate()).isEqualTo(0.05);
        assertThat(b.batchSize()).isEqualTo(256);
        assertThat(b.checkpointEvery()).isEqualTo(5000);
    }

    @Test
    void partialEvaluationSettingsMergeWithTheProfile() {
        ResolvedEvaluation e = spec().evaluation(new EvaluationSettings(null, 5, null, 100)).build().resolve()
                .evaluation();

        EvaluationSettings quick = Profile.QUICK.evaluation();
        assertThat(e).isEqualTo(new ResolvedEvaluation(quick.validateEvery(), 5,
                ImageLimit.atMost(quick.validationImages()), ImageLimit.atMost(100)));
    }

    @Test
    void resolvedListsAreCopiesOfTheRequestsLists() {
        List<Integer> depths = new ArrayList<>(List.of(1, 2));
        ResolvedSpec resolved = spec().depths(depths).build().resolve();

        depths.add(3);

        assertThat(resolved.depths()).containsExactly(1, 2);
        assertThatThrownBy(() -> resolved.depths().add(4)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unknownProfileCannotBeResolved() {
        assertThatThrownBy(() -> spec().profile("slow").build().resolve())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown profile 'slow' (known: [quick, paper])");
    }

    @Test
    void totalIterationsFromEpochsRoundsTheLastBatchUp() {
        ResolvedBudget byEpochs = spec().budget(budget().epochs(2).batchSize(64)).build().resolve().budget();
        assertThat(byEpochs.batchesPerEpoch(1000)).isEqualTo(16);
        assertThat(byEpochs.batchesPerEpoch(1024)).isEqualTo(16);
        assertThat(byEpochs.batchesPerEpoch(1025)).isEqualTo(17);
        assertThat(byEpochs.totalIterations(1000)).isEqualTo(32);

        ResolvedBudget byIterations = spec().budget(budget().iterations(150).batchSize(64)).build().resolve()
                .budget();
        assertThat(byIterations.totalIterations(1000)).isEqualTo(150);
    }

    @Test
    void halvesAreEachOthersOther() {
        assertThat(Half.A.other()).isEqualTo(Half.B);
        assertThat(Half.B.other()).isEqualTo(Half.A);
    }
}
