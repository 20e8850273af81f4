package io.transferlab.contracts.spec;

import java.util.List;

/**
 * How the classes are divided into halves A and B: either explicit class lists (e.g. the "dissimilar" split) or a
 * seeded random split with the given sizes.
 *
 * @param classesA           class indices of half A, in the order they are relabelled 0..k-1
 * @param classesB           class indices of half B
 * @param randomSeed         seed of a random split (default 1), and of what every seed shares: the test images and
 *                           the one draw under a fixed draw
 * @param sizeA              classes in half A for a random split
 * @param sizeB              classes in half B for a random split
 * @param validationFraction share of each half's training images held out for validation, in (0, 0.5] (default 1/12)
 * @param draw               which training and validation images each seed's nets see (default per-seed); the class
 *                           split and the test images are the same for every seed
 */
public record SplitSpec(List<Integer> classesA, List<Integer> classesB, Long randomSeed, Integer sizeA, Integer sizeB,
                        Double validationFraction, DataDraw draw) {

    public static final double DEFAULT_VALIDATION_FRACTION = 1.0 / 12;
    /** The README's default split is "a random 5/5 split with seed 1"; a split given without a seed is seeded so. */
    public static final long DEFAULT_RANDOM_SEED = 1;
    /** The split of a request that gives none: two equal random halves. */
    public static final SplitSpec DEFAULT = new SplitSpec(null, null, null, null, null, null, null);

    /** This split with every default filled in, as a resolved spec carries it. */
    public ResolvedSplit resolve() {
        return new ResolvedSplit(classesA, classesB, randomSeed == null ? DEFAULT_RANDOM_SEED : randomSeed, sizeA,
                sizeB, validationFraction == null ? DEFAULT_VALIDATION_FRACTION : validationFraction,
                draw == null ? DataDraw.PER_SEED : draw);
    }

    public static SplitSpec explicit(List<Integer> classesA, List<Integer> classesB) {
        return new SplitSpec(classesA, classesB, null, null, null, null, null);
    }
}
