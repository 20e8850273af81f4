package io.transferlab.data;

import io.transferlab.contracts.spec.DataDraw;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.EvaluationSettings;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.SplitSpec;
import io.transferlab.contracts.spec.TrainingBudget;
import io.transferlab.data.synthetic.SyntheticImages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataPreparationTest {

    private static final TrainTest SOURCE = new TrainTest(SyntheticImages.generate(10, 60, 1, 6, 6, 3),
            SyntheticImages.generate(10, 20, 1, 6, 6, 4));

    /** A random 5/5 split; 100 training images of 275 per half, 20 validation images, 50 test images. */
    private static PreparedData prepare(DataDraw draw, Integer trainImagesB) {
        ExperimentSpec spec = new ExperimentSpec("draws", new DatasetRef("fashion-mnist", null),
                new SplitSpec(null, null, 7L, null, null, null, draw), null, null, null, List.of(1L, 2L, 3L), null,
                TrainingBudget.builder().epochs(1).batchSize(10).trainImagesPerHalf(100).trainImagesB(trainImagesB)
                        .build(),
                new EvaluationSettings(10, 1, 20, 50));
        return DataPreparation.prepare(spec.resolve(), SOURCE);
    }

    @Test
    void perSeedDrawsEachSeedsTrainingAndValidationImagesButKeepsTheSplitAndTheTestImages() {
        PreparedData perSeed = prepare(DataDraw.PER_SEED, null);
        assertThat(perSeed.classesA()).isEqualTo(prepare(DataDraw.FIXED, null).classesA());
        for (Half half : Half.values()) {
            HalfParts one = perSeed.half(half).parts(1);
            HalfParts two = perSeed.half(half).parts(2);
            assertThat(one.train().count()).isEqualTo(two.train().count()).isEqualTo(100);
            assertThat(one.validation().count()).isEqualTo(two.validation().count()).isEqualTo(20);
            assertThat(one.train()).isNotEqualTo(two.train());
            assertThat(one.validation()).isNotEqualTo(two.validation());
            assertThat(one.test()).isEqualTo(two.test()).isEqualTo(prepare(DataDraw.FIXED, null).half(half).parts(1)
                    .test());
            assertThat(perSeed.half(half).dataSeed(2)).isEqualTo(2);
        }
        assertThat(perSeed.half(Half.A).parts(1).train()).isEqualTo(prepare(DataDraw.PER_SEED, null)
                .half(Half.A).parts(1).train());
    }

    @Test
    void aFixedDrawGivesEverySeedTheSameImages() {
        PreparedData fixed = prepare(DataDraw.FIXED, null);
        for (Half half : Half.values()) {
            assertThat(fixed.half(half).parts(1)).isEqualTo(fixed.half(half).parts(2));
            assertThat(fixed.half(half).dataSeed(2)).isEqualTo(7);
        }
    }

    @Test
    void pairedSeedsShareTheirDrawAndTheNextPairDrawsAnew() {
        PreparedData paired = prepare(DataDraw.PAIRED_SEEDS, null);
        for (Half half : Half.values()) {
            assertThat(paired.half(half).parts(1)).isEqualTo(paired.half(half).parts(2));
            assertThat(paired.half(half).parts(3).train()).isNotEqualTo(paired.half(half).parts(1).train());
            assertThat(paired.half(half).parts(2)).isEqualTo(prepare(DataDraw.PER_SEED, null).half(half).parts(1));
        }
    }

    @Test
    void halfADependsOnNothingOfHalfB() {
        HalfParts small = prepare(DataDraw.PER_SEED, 30).half(Half.A).parts(2);
        assertThat(small).isEqualTo(prepare(DataDraw.PER_SEED, 200).half(Half.A).parts(2));
        assertThat(prepare(DataDraw.PER_SEED, 30).half(Half.B).parts(2).train().count()).isEqualTo(30);
    }

    /** The README's default, a random split in two equal halves with seed 1, whether the split is left out or not. */
    @Test
    void aSplitWithoutASeedIsTheDefaultSplit() {
        PreparedData omitted = prepareWith(null);
        for (SplitSpec partial : List.of(new SplitSpec(null, null, null, 5, 5, null, null),
                new SplitSpec(null, null, null, null, null, 0.1, null),
                new SplitSpec(null, null, 1L, null, null, null, null))) {
            PreparedData given = prepareWith(partial);
            assertThat(given.classesA()).as("%s", partial).isEqualTo(omitted.classesA());
            assertThat(given.classesB()).as("%s", partial).isEqualTo(omitted.classesB());
        }
        assertThat(omitted.classesA()).hasSize(5);
    }

    private static PreparedData prepareWith(SplitSpec split) {
        ExperimentSpec spec = new ExperimentSpec("defaults", new DatasetRef("fashion-mnist", null), split, null, null,
                null, null, null, new TrainingBudget(1, null, 10, null, null, null, null, null, null, 100, null, null),
                new EvaluationSettings(10, 1, 20, 50));
        return DataPreparation.prepare(spec.resolve(), SOURCE);
    }
}
