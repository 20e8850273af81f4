package io.transferlab.data;

import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.ImageLimit;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.ResolvedSplit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Divides a data set as a resolved spec asks: classes into halves A and B and each half's test part, once for all
 * seeds (from the split's seed), and the rule by which each seed draws its training and validation images from the
 * half's training images ({@link HalfDraws}). The data set is read once; the draws are made from it in memory.
 */
public final class DataPreparation {

    private DataPreparation() {
    }

    public static PreparedData prepare(ResolvedSpec resolved, TrainTest source) {
        ResolvedSplit split = resolved.split();
        long splitSeed = split.randomSeed();
        List<Integer> classesA = split.classesA();
        List<Integer> classesB = split.classesB();
        if (!split.isExplicit()) {
            int k = source.train().numClasses();
            ResolvedSplit.Sizes sizes = split.sizes(k);
            List<List<Integer>> halves = ClassSplit.randomHalves(k, sizes.a(), sizes.b(), splitSeed);
            classesA = halves.get(0);
            classesB = halves.get(1);
        }
        ClassSplit.Halves train = ClassSplit.split(source.train(), classesA, classesB);
        ClassSplit.Halves test = ClassSplit.split(source.test(), classesA, classesB);
        Map<Half, HalfDraws> halves = new EnumMap<>(Half.class);
        halves.put(Half.A, draws(Half.A, train.a(), test.a(), resolved, resolved.budget().trainImagesPerHalf(),
                splitSeed));
        halves.put(Half.B, draws(Half.B, train.b(), test.b(), resolved, resolved.budget().trainImagesB(),
                splitSeed + 1));
        return new PreparedData(classesA, classesB, halves);
    }

    private static HalfDraws draws(Half half, ImageSet train, ImageSet test, ResolvedSpec resolved,
                                   ImageLimit trainImages, long fixedSeed) {
        ResolvedSplit split = resolved.split();
        return new HalfDraws(half, train, HalfDraws.limit(test, resolved.evaluation().testImages(), fixedSeed),
                split.draw(), split.randomSeed(), fixedSeed, split.validationFraction(), trainImages,
                resolved.evaluation().validationImages());
    }
}
