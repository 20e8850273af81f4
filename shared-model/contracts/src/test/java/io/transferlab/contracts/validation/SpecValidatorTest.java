package io.transferlab.contracts.validation;

import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.spec.DataDraw;
import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.EvaluationSettings;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.contracts.spec.Profile;
import io.transferlab.contracts.spec.Specs;
import io.transferlab.contracts.spec.SplitSpec;
import io.transferlab.contracts.spec.TrainingBudget;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.transferlab.contracts.spec.Specs.budget;
import static io.transferlab.contracts.spec.Specs.spec;
import static org.assertj.core.api.Assertions.assertThat;

class SpecValidatorTest {

    /** Small enough to hit with a few values, large enough that the quick profile with one seed (37 nets) fits. */
    private static final ValidationBounds SMALL = new ValidationBounds(5, 200, 64, 2, 40, 6000);

    private static final SpecValidator DEFAULT = new SpecValidator(ValidationBounds.DEFAULT);
    private static final SpecValidator SMALL_VALIDATOR = new SpecValidator(SMALL);

    private static List<String> validate(Specs.Builder builder) {
        return DEFAULT.validate(builder.build());
    }

    /** Exactly one problem, naming {@code field} first and containing every fragment. */
    private static void assertSingleProblem(List<String> problems, String field, String... fragments) {
        assertThat(problems).as("problems").hasSize(1);
        assertThat(problems.get(0)).startsWith(field + ": ").contains(fragments);
    }

    @Nested
    class ValidRequests {

        @Test
        void minimalRequestHasNoProblems() {
            assertThat(DEFAULT.validate(Specs.minimal())).isEmpty();
            assertThat(SMALL_VALIDATOR.validate(Specs.minimal())).isEmpty();
        }

        @Test
        void fullyExplicitRequestWithinBoundsHasNoProblems() {
            ExperimentSpec spec = spec()
                    .experimentId("dissimilar-0")
                    .dataset("cifar10", "s3://transfer-data/cifar10/v1")
                    .split(new SplitSpec(List.of(0, 1, 8, 9), List.of(2, 3, 4, 5, 6, 7), null, null, null, 0.5, null))
                    .architecture(NetArchitecture.CAFFENET8.id())
                    .depths(1, 7)
                    .variants(Variant.values())
                    .seeds(0L, 1L)
                    .profile("paper")
                    .budget(budget().epochs(5).batchSize(1024).learningRate(10.0 - 1e-9).dropout(0.0))
                    .evaluation(new EvaluationSettings(100, 1000, 10, 10))
                    .build();

            assertThat(DEFAULT.validate(spec)).isEmpty();
        }

        @Test
        void everyKnownDatasetIsAccepted() {
            for (Dataset dataset : Dataset.values()) {
                String location = dataset.defaultLocation().isPresent() ? null : "/data/" + dataset.id();
                assertThat(validate(spec().dataset(dataset.id(), location))).as(dataset.id()).isEmpty();
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "exp-1", "a-b-c", "x123456789012345678901234567890123456789012345678901234567890ab"})
        void wellFormedExperimentIdsAreAccepted(String id) {
            assertThat(id.length()).isLessThanOrEqualTo(63);
            assertThat(validate(spec().experimentId(id))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"/data/fashion", "data/fashion", "data/..hidden/x", "s3://my-bucket",
                "s3://my-bucket/fashion/v1", "s3://my.bucket-2/a/b_c/d.e"})
        void acceptableLocationsAreAccepted(String location) {
            assertThat(validate(spec().dataset(Dataset.FASHION_MNIST.id(), location))).isEmpty();
        }

        @Test
        void bothArchitecturesAndProfilesAreAccepted() {
            assertThat(validate(spec().architecture("compact8").profile("quick"))).isEmpty();
            assertThat(validate(spec().architecture("caffenet8").profile("paper"))).isEmpty();
        }

        @Test
        void boundaryValuesAreAccepted() {
            assertThat(SMALL_VALIDATOR.validate(spec().budget(budget().epochs(5).batchSize(64)).build())).isEmpty();
            assertThat(SMALL_VALIDATOR.validate(spec().budget(budget().iterations(200)).build())).isEmpty();
            assertThat(SMALL_VALIDATOR.validate(spec().budget(budget().epochs(1)).build())).isEmpty();
            assertThat(validate(spec().seeds(0L))).isEmpty();
            assertThat(validate(spec().depths(1, 2, 3, 4, 5, 6, 7))).isEmpty();
            assertThat(validate(spec().split(new SplitSpec(null, null, 3L, 5, 5, null, null)))).isEmpty();
            assertThat(validate(spec().split(SplitSpec.explicit(List.of(0, 9), List.of(1, 8))))).isEmpty();
        }

        @Test
        void classIndicesAreCheckedAgainstTheChosenDataset() {
            SplitSpec wide = SplitSpec.explicit(List.of(0, 99), List.of(1, 50));
            assertThat(validate(spec().dataset("cifar100", "/data/cifar100").split(wide))).isEmpty();
            // An image folder's class count is known only when it is read: any non-negative index passes.
            assertThat(validate(spec().dataset(Dataset.IMAGE_FOLDER.id(), "/data/images").split(wide))).isEmpty();
            assertThat(validate(spec().dataset(Dataset.IMAGE_FOLDER.id(), "/data/images")
                    .split(new SplitSpec(null, null, 1L, 300, 300, null, null)))).isEmpty();
        }
    }

    @Nested
    class Depths {

        @Test
        void depthZeroIsOutsideTheRange() {
            assertSingleProblem(validate(spec().depths(0)), "depths[0]", "0 is outside 1..7");
        }

        @Test
        void depthEightIsOutsideTheRangeAndNamesItsIndex() {
            assertSingleProblem(validate(spec().depths(3, 8)), "depths[1]", "8 is outside 1..7");
        }

        @Test
        void everyOutOfRangeDepthIsReportedWithItsIndex() {
            assertThat(validate(spec().depths(0, 4, -2, 8))).containsExactly(
                    "depths[0]: 0 is outside 1..7 (a cut after one of the 8 weight layers)",
                    "depths[2]: -2 is outside 1..7 (a cut after one of the 8 weight layers)",
                    "depths[3]: 8 is outside 1..7 (a cut after one of the 8 weight layers)");
        }

        @Test
        void repeatedDepthsAreListed() {
            assertSingleProblem(validate(spec().depths(2, 3, 2, 5, 3)), "depths", "repeated values [2, 3]");
        }

        @Test
        void emptyDepths() {
            assertSingleProblem(validate(spec().depths(List.of())), "depths", "must not be empty");
        }

        @Test
        void nullDepth() {
            // Once, at the element's path: not again as the list's problem.
            assertSingleProblem(validate(spec().depths(Arrays.asList(1, null))), "depths[1]", "null is outside 1..7");
        }
    }

    @Nested
    class Variants {

        @Test
        void emptyVariants() {
            assertSingleProblem(validate(spec().variants(List.of())), "variants", "must not be empty");
        }

        @Test
        void repeatedVariants() {
            assertSingleProblem(validate(spec().variants(Variant.ANB, Variant.BASE_B, Variant.ANB)),
                    "variants", "repeated values [");
            assertThat(validate(spec().variants(Variant.ANB, Variant.BASE_B, Variant.ANB)).get(0))
                    .containsIgnoringCase("AnB").doesNotContainIgnoringCase("base");
        }
    }

    @Nested
    class Split {

        @Test
        void overlappingClassListsNameTheSharedClasses() {
            SplitSpec split = SplitSpec.explicit(List.of(0, 1, 2, 3), List.of(3, 4, 2, 5));
            assertSingleProblem(validate(spec().split(split)), "split", "classesA and classesB overlap in [2, 3]");
        }

        @Test
        void emptyClassList() {
            SplitSpec split = SplitSpec.explicit(List.of(), List.of(1, 2));
            assertSingleProblem(validate(spec().split(split)), "split.classesA", "must not be empty");
        }

        @Test
        void halfWithOneClass() {
            SplitSpec split = SplitSpec.explicit(List.of(0, 1, 2), List.of(7));
            assertSingleProblem(validate(spec().split(split)), "split.classesB", "at least 2 classes");
        }

        @Test
        void classIndexBeyondFashionMnistsTenClasses() {
            SplitSpec split = SplitSpec.explicit(List.of(0, 10), List.of(1, 2));
            assertSingleProblem(validate(spec().split(split)), "split.classesA[1]", "class 10 is outside 0..9");
        }

        @Test
        void classNineIsTheLastValidOneAndNegativeIndicesAreRejected() {
            assertThat(validate(spec().split(SplitSpec.explicit(List.of(8, 9), List.of(0, 1))))).isEmpty();
            assertSingleProblem(validate(spec().split(SplitSpec.explicit(List.of(0, 1), List.of(2, -1)))),
                    "split.classesB[1]", "class -1 is outside 0..9");
        }

        @Test
        void repeatedClassInAHalf() {
            SplitSpec split = SplitSpec.explicit(List.of(0, 1, 0), List.of(2, 3));
            assertSingleProblem(validate(spec().split(split)), "split.classesA", "repeated values [0]");
        }

        @Test
        void explicitSplitWithoutClassesB() {
            SplitSpec split = SplitSpec.explicit(List.of(0, 1, 2), null);
            assertSingleProblem(validate(spec().split(split)), "split.classesB", "missing");
        }

        @Test
        void explicitSplitWithoutClassesA() {
            SplitSpec split = SplitSpec.explicit(null, List.of(0, 1, 2));
            assertSingleProblem(validate(spec().split(split)), "split.classesA", "missing");
        }

        @Test
        void randomSplitLargerThanTheDataset() {
            SplitSpec split = new SplitSpec(null, null, 7L, 6, 5, null, null);
            assertSingleProblem(validate(spec().split(split)), "split",
                    "sizeA + sizeB = 11", "exceeds the data set's 10 classes");
        }

        @Test
        void randomSplitFitsALargerDataset() {
            SplitSpec split = new SplitSpec(null, null, 7L, 6, 5, null, null);
            assertThat(validate(spec().dataset("cifar100", "/data/cifar100").split(split))).isEmpty();
        }

        @Test
        void randomSplitHalfWithOneClass() {
            SplitSpec split = new SplitSpec(null, null, 7L, 1, 5, null, null);
            assertSingleProblem(validate(spec().split(split)), "split.sizeA", "1 classes", "at least 2");
        }

        @Test
        void randomSplitThatLeavesTheOtherHalfNoClass() {
            SplitSpec split = new SplitSpec(null, null, 7L, 10, null, null, null);
            assertSingleProblem(validate(spec().split(split)), "split", "sizes 10 and 0 leave a half without classes");
        }

        /** An image folder's class count is known only once it is read. */
        @Test
        void pairedSeedsNeedEachSeedsPartner() {
            SplitSpec paired = new SplitSpec(null, null, 1L, null, null, null, DataDraw.PAIRED_SEEDS);
            assertThat(validate(spec().split(paired).seeds(1L, 2L, 3L, 4L))).isEmpty();
            assertSingleProblem(validate(spec().split(paired).seeds(1L, 2L, 3L)), "seeds",
                    "paired-seeds", "(1 and 2, 3 and 4, ...); [3] lack their partner");
            assertThat(validate(spec().split(SplitSpec.explicit(List.of(0, 1), List.of(2, 3))).seeds(3L))).isEmpty();
        }

        @Test
        void splitAgainstTheClassesOfTheDataAsRead() {
            assertSingleProblem(SpecValidator.checkSplit(SplitSpec.explicit(List.of(0, 1), List.of(2, 3)).resolve(), 3),
                    "split.classesB[1]", "class 3 is outside 0..2");
            SplitSpec random = new SplitSpec(null, null, 7L, null, null, null, null);
            assertSingleProblem(SpecValidator.checkSplit(random.resolve(), 1),
                    "split", "sizes 0 and 1 leave a half without classes (the data set has 1)");
            assertThat(SpecValidator.checkSplit(random.resolve(), 4)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(doubles = {0.0, -0.1, 0.51, 1.0, Double.NaN})
        void validationFractionOutsideItsRange(double fraction) {
            SplitSpec split = new SplitSpec(null, null, 1L, null, null, fraction, null);
            assertSingleProblem(validate(spec().split(split)), "split.validationFraction", "outside (0, 0.5]");
        }
    }

    @Nested
    class DatasetArchitectureProfile {

        @Test
        void unknownDatasetListsTheKnownOnes() {
            List<String> problems = validate(spec().dataset("imagenet", null));
            assertSingleProblem(problems, "dataset.name", "unknown data set 'imagenet'");
            assertThat(problems.get(0)).contains("fashion-mnist", "mnist", "cifar10", "cifar100", "image-folder");
        }

        @Test
        void missingDataset() {
            assertSingleProblem(validate(spec().dataset(null)), "dataset.name", "missing", "fashion-mnist");
            assertSingleProblem(validate(spec().dataset(null, "/data")), "dataset.name", "missing");
        }

        @Test
        void datasetWithoutANameInJsonIsReportedNotThrown() {
            ExperimentSpec spec = Json.read("{\"experimentId\":\"exp1\",\"dataset\":{\"location\":\"/data\"},"
                    + "\"split\":{\"classesA\":[0,1],\"classesB\":[2,3]}}", ExperimentSpec.class);
            assertSingleProblem(DEFAULT.validate(spec), "dataset.name", "missing");
        }

        @Test
        void aDataSetWithoutADefaultLocationNeedsOne() {
            assertSingleProblem(validate(spec().dataset(Dataset.CIFAR10.id(), null)), "dataset.location",
                    "cifar10 has no default location; pass one");
            assertThat(validate(spec().dataset(Dataset.MNIST.id(), null))).isEmpty();
        }

        @Test
        void imageFolderNeedsALocation() {
            assertSingleProblem(validate(spec().dataset(Dataset.IMAGE_FOLDER.id(), null)), "dataset.location",
                    "image-folder", "needs a location");
        }

        @Test
        void unknownArchitectureListsTheKnownOnes() {
            assertSingleProblem(validate(spec().architecture("resnet50")), "architecture",
                    "unknown architecture 'resnet50'", "[caffenet8, compact8]");
        }

        @Test
        void unknownProfileListsTheKnownOnes() {
            assertSingleProblem(validate(spec().profile("slow")), "profile",
                    "unknown profile 'slow'", "quick", "paper");
        }

        @Test
        void profileIdsAreCaseSensitive() {
            assertSingleProblem(validate(spec().profile("QUICK")), "profile", "unknown profile 'QUICK'");
        }
    }

    @Nested
    class ExperimentIds {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"Exp1", "EXP", "exp/1", "-exp", "exp_1", "exp.1", "exp 1",
                "x123456789012345678901234567890123456789012345678901234567890abc"})
        void malformedIdsAreRejected(String id) {
            // A JSON null is missing, never the text 'null'.
            assertSingleProblem(validate(spec().experimentId(id)), "experimentId",
                    id == null ? "missing" : "'" + id + "'", SpecValidator.EXPERIMENT_ID.pattern());
        }

        @Test
        void sixtyFourCharactersIsTooLong() {
            assertThat(validate(spec().experimentId("a".repeat(63)))).isEmpty();
            assertSingleProblem(validate(spec().experimentId("a".repeat(64))), "experimentId", "must match");
        }
    }

    @Nested
    class Locations {

        @ParameterizedTest
        @ValueSource(strings = {"..", "../data", "data/../../etc", "data/..", "data\\..\\etc", "s3://bucket/a/../b"})
        void parentSegmentsAreRejected(String location) {
            assertSingleProblem(validate(spec().dataset(Dataset.FASHION_MNIST.id(), location)), "dataset.location",
                    "'..' segments are not allowed");
        }

        @ParameterizedTest
        @ValueSource(strings = {"s3://Bad_Bucket/x", "s3://ab", "s3:/bucket/x", "s3:bucket", "s3://bucket-/x",
                "s3://bucket/a b", "s3://"})
        void invalidS3LocationsAreRejected(String location) {
            assertSingleProblem(validate(spec().dataset(Dataset.FASHION_MNIST.id(), location)), "dataset.location",
                    "'" + location + "'", "is not a valid s3://bucket/prefix");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "data\nx", "data\tx"})
        void blankOrControlCharacterLocationsAreRejected(String location) {
            assertSingleProblem(validate(spec().dataset(Dataset.FASHION_MNIST.id(), location)), "dataset.location",
                    "non-blank");
        }

        @Test
        void overlongLocationIsRejected() {
            assertThat(validate(spec().dataset(Dataset.FASHION_MNIST.id(), "/" + "d".repeat(1023)))).isEmpty();
            assertSingleProblem(validate(spec().dataset(Dataset.FASHION_MNIST.id(), "/" + "d".repeat(1024))),
                    "dataset.location", "at most 1024");
        }
    }

    @Nested
    class Budgets {

        private List<String> validateSmall(TrainingBudget.Builder budget) {
            return SMALL_VALIDATOR.validate(spec().budget(budget).build());
        }

        @Test
        void epochsBeyondTheBound() {
            assertSingleProblem(validateSmall(budget().epochs(6)), "budget.epochs",
                    "6 exceeds the configured bound of 5");
        }

        @Test
        void iterationsBeyondTheBound() {
            assertSingleProblem(validateSmall(budget().iterations(201)), "budget.iterations",
                    "201 exceeds the configured bound of 200");
        }

        @Test
        void batchSizeBeyondTheBound() {
            assertSingleProblem(validateSmall(budget().batchSize(65)), "budget.batchSize",
                    "65 exceeds the configured bound of 64");
        }

        @Test
        void trainImagesBeyondTheBound() {
            assertSingleProblem(validateSmall(budget().trainImagesPerHalf(6001)), "budget.trainImagesPerHalf",
                    "6001 exceeds the configured bound of 6000");
        }

        @Test
        void theProfileItselfIsCheckedAgainstTheBounds() {
            // The paper profile's 450k iterations and batch 256 are within the defaults but not these bounds.
            List<String> problems = SMALL_VALIDATOR.validate(spec().profile("paper").build());
            assertThat(problems).containsExactlyInAnyOrder(
                    "budget.iterations: 450000 exceeds the configured bound of 200",
                    "budget.batchSize: 256 exceeds the configured bound of 64");
            assertThat(DEFAULT.validate(spec().profile("paper").build())).isEmpty();
        }

        @Test
        void zeroEpochsIsBelowTheMinimum() {
            assertSingleProblem(validateSmall(budget().epochs(0)), "budget.epochs", "0 is below the minimum of 1");
        }

        @Test
        void bothEpochsAndIterations() {
            assertSingleProblem(validateSmall(budget().epochs(2).iterations(100)), "budget",
                    "exactly one of epochs and iterations");
        }

        @ParameterizedTest
        @ValueSource(doubles = {0.0, -0.01, 10.0, Double.NaN})
        void learningRateOutsideItsRange(double rate) {
            assertSingleProblem(validate(spec().budget(budget().learningRate(rate))), "budget.learningRate",
                    "is outside (0, 10)");
        }

        @ParameterizedTest
        @ValueSource(doubles = {1.0, 1.5, -0.1})
        void dropoutOutsideItsRange(double dropout) {
            assertSingleProblem(validate(spec().budget(budget().dropout(dropout))), "budget.dropout",
                    dropout + " is outside [0, 1)");
        }

        @Test
        void momentumAndDecayRanges() {
            assertSingleProblem(validate(spec().budget(budget().momentum(1.0))), "budget.momentum", "[0, 1)");
            assertSingleProblem(validate(spec().budget(budget().lrDecay(0.0))), "budget.lrDecay", "(0, 1]");
            assertThat(validate(spec().budget(budget().lrDecay(1.0)))).isEmpty();
        }

        @Test
        void evaluationSettingsAreChecked() {
            assertSingleProblem(validate(spec().evaluation(new EvaluationSettings(0, null, null, null))),
                    "evaluation.validateEvery", "below the minimum of 1");
            assertSingleProblem(validate(spec().evaluation(new EvaluationSettings(null, 1001, null, null))),
                    "evaluation.bestK", "1001 exceeds the configured bound of 1000");
        }

        @Test
        void aBestKAboveTheBudgetsValidationPointsIsRejected() {
            // 60 iterations, one validation every 10: 6 points; the paper's best 10 would average all six.
            assertSingleProblem(validate(spec().budget(budget().iterations(60))
                            .evaluation(new EvaluationSettings(10, 10, null, null))), "evaluation.bestK",
                    "10 exceeds the 6 validation points this budget gives at most");
            assertThat(validate(spec().budget(budget().iterations(60))
                    .evaluation(new EvaluationSettings(10, 6, null, null)))).isEmpty();
            // epochs over at most 100 images of batch 32: 4 steps per epoch, 2 epochs, every 3 steps: 3 points
            assertSingleProblem(validate(spec().budget(budget().epochs(2).batchSize(32).trainImagesPerHalf(100))
                            .evaluation(new EvaluationSettings(3, 4, null, null))), "evaluation.bestK",
                    "4 exceeds the 3 validation points");
        }

        @Test
        void aProfilesBestKBecomesTheValidationPointsWhenFewer() {
            ExperimentSpec spec = spec().budget(budget().iterations(6))
                    .evaluation(new EvaluationSettings(3, null, null, null)).build();

            assertThat(DEFAULT.validate(spec)).isEmpty();
            assertThat(spec.resolve().evaluation().bestK()).isEqualTo(2);
            assertThat(spec().budget(budget().iterations(600)).build().resolve().evaluation().bestK())
                    .isEqualTo(Profile.QUICK.evaluation().bestK());
            // with the whole half unknown in advance, nothing is bounded or changed
            assertThat(spec().profile("paper").budget(budget().epochs(1)).build().resolve().evaluation().bestK())
                    .isEqualTo(10);
        }

        @Test
        void severalBudgetProblemsAreAllReported() {
            List<String> problems = validateSmall(budget().epochs(9).iterations(500).batchSize(0).dropout(1.0));
            assertThat(problems).hasSize(5).anySatisfy(p -> assertThat(p).startsWith("budget: "))
                    .anySatisfy(p -> assertThat(p).startsWith("budget.epochs: 9 exceeds"))
                    .anySatisfy(p -> assertThat(p).startsWith("budget.iterations: 500 exceeds"))
                    .anySatisfy(p -> assertThat(p).startsWith("budget.batchSize: 0 is below"))
                    .anySatisfy(p -> assertThat(p).startsWith("budget.dropout: 1.0 is outside"));
        }
    }

    @Nested
    class SeedsAndPlanSize {

        @Test
        void tooManySeeds() {
            assertSingleProblem(SMALL_VALIDATOR.validate(spec().seeds(1L, 2L, 3L).build()), "seeds",
                    "3 seeds exceed the configured bound of 2");
            List<Long> many = new ArrayList<>();
            for (long s = 0; s < 33; s++) {
                many.add(s);
            }
            assertSingleProblem(validate(spec().seeds(many)), "seeds", "33 seeds exceed the configured bound of 32");
        }

        @Test
        void negativeSeedNamesItsIndex() {
            assertSingleProblem(validate(spec().seeds(1L, -1L)), "seeds[1]", "-1 must be a non-negative integer");
        }

        @Test
        void repeatedAndEmptySeeds() {
            assertSingleProblem(validate(spec().seeds(4L, 4L)), "seeds", "repeated values [4]");
            assertSingleProblem(validate(spec().seeds(List.of())), "seeds", "must not be empty");
        }

        @Test
        void planLargerThanMaxJobs() {
            assertThat(SMALL_VALIDATOR.validate(spec().seeds(1L).build())).isEmpty();
            assertSingleProblem(SMALL_VALIDATOR.validate(spec().seeds(1L, 2L).build()), "plan",
                    "74 nets exceed the configured bound of 40");
        }

        @Test
        void planSizeCountsTheImpliedBaseNets() {
            ValidationBounds tight = new ValidationBounds(5, 200, 64, 2, 7, 6000);
            // AnB at 7 depths is 7 nets, plus baseA which it copies from.
            assertSingleProblem(new SpecValidator(tight).validate(spec().variants(Variant.ANB).build()), "plan",
                    "8 nets exceed the configured bound of 7");
            assertThat(new SpecValidator(tight).validate(spec().variants(Variant.RNB).build())).isEmpty();
        }

        @Test
        void tenSeedsOfTheDefaultSweepFitTheDefaultBounds() {
            List<Long> ten = new ArrayList<>();
            for (long s = 1; s <= 10; s++) {
                ten.add(s);
            }
            assertThat(validate(spec().seeds(ten))).isEmpty();
        }
    }

    @Nested
    class Overall {

        @Test
        void nullRequest() {
            assertThat(DEFAULT.validate(null)).containsExactly("request: empty");
        }

        @Test
        void severalProblemsAreAllReported() {
            ExperimentSpec spec = spec()
                    .experimentId("Bad/Id")
                    .dataset("imagenet", "data/../x")
                    .architecture("vgg")
                    .profile("slow")
                    .depths(0, 3, 3)
                    .variants(List.of())
                    .seeds(-5L)
                    .split(SplitSpec.explicit(List.of(1), List.of(1, 2)))
                    .build();

            List<String> problems = DEFAULT.validate(spec);

            assertThat(problems).extracting(p -> p.substring(0, p.indexOf(':'))).containsExactlyInAnyOrder(
                    "experimentId", "dataset.name", "dataset.location", "architecture", "profile",
                    "depths", "depths[0]", "variants", "seeds[0]", "split.classesA", "split");
            assertThat(problems).anySatisfy(p -> assertThat(p).contains("overlap in [1]"))
                    .anySatisfy(p -> assertThat(p).contains("repeated values [3]"));
        }

        @Test
        void validationDoesNotModifyTheRequest() {
            ExperimentSpec spec = spec().depths(new ArrayList<>(List.of(3, 1))).build();
            ExperimentSpec copy = spec().depths(List.of(3, 1)).build();
            assertThat(DEFAULT.validate(spec)).isEmpty();
            assertThat(spec).isEqualTo(copy);
        }
    }
}
