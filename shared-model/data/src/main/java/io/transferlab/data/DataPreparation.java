package io.transferlab.data;

import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.ImageLimit;
import io.transferlab.contracts.spec.ResolvedEvaluation;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.SplitSpec;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Divides a data set as a resolved spec asks: classes into halves A and B, each half's training images into train and
 * validation parts (the data set's test images are the held-out test part), then the profile's size limits. One data
 * seed serves every net of the experiment, so all nets of a half see the same images, as in the paper.
 */
public final class DataPreparation {

    private DataPreparation() {
    }

    public static PreparedData prepare(ResolvedSpec resolved, TrainTest source) {
        SplitSpec split = resolved.split();
        long dataSeed = split.randomSeed() == null ? 0 : split.randomSeed();
        List<Integer> classesA = split.classesA();
        List<Integer> classesB = split.classesB();
        if (!split.isExplicit()) {
            int k = source.train().numClasses();
            int sizeA = split.sizeA() == null ? k / 2 : split.sizeA();
            int sizeB = split.sizeB() == null ? k - sizeA : split.sizeB();
            List<List<Integer>> halves = ClassSplit.randomHalves(k, sizeA, sizeB, dataSeed);
            classesA = halves.get(0);
            classesB = halves.get(1);
        }
        ClassSplit.Halves train = ClassSplit.split(source.train(), classesA, classesB);
        ClassSplit.Halves test = ClassSplit.split(source.test(), classesA, classesB);
        Map<Half, HalfParts> parts = new EnumMap<>(Half.class);
        parts.put(Half.A, parts(train.a(), test.a(), resolved, resolved.budget().trainImagesPerHalf(), dataSeed));
        parts.put(Half.B, parts(train.b(), test.b(), resolved, resolved.budget().trainImagesB(), dataSeed + 1));
        return new PreparedData(classesA, classesB, parts);
    }

    /** Half A's parts depend on nothing of half B's: a study that varies B's size shares A's nets across levels. */
    private static HalfParts parts(ImageSet train, ImageSet test, ResolvedSpec resolved, ImageLimit trainImages,
                                   long seed) {
        Partition.Parts parts = Partition.trainValidation(train, resolved.split().validationFractionOrDefault(), seed);
        ResolvedEvaluation evaluation = resolved.evaluation();
        return new HalfParts(
                limit(parts.train(), trainImages, seed),
                limit(parts.validation(), evaluation.validationImages(), seed),
                limit(test, evaluation.testImages(), seed));
    }

    private static ImageSet limit(ImageSet set, ImageLimit limit, long seed) {
        return limit.all() ? set : Partition.subset(set, limit.count(), seed);
    }
}
