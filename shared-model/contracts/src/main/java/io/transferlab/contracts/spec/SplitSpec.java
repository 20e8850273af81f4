package io.transferlab.contracts.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * How the classes are divided into halves A and B: either explicit class lists (e.g. the "dissimilar" split) or a
 * seeded random split with the given sizes.
 *
 * @param classesA           class indices of half A, in the order they are relabelled 0..k-1
 * @param classesB           class indices of half B
 * @param randomSeed         seed of a random split, used when the class lists are absent
 * @param sizeA              classes in half A for a random split
 * @param sizeB              classes in half B for a random split
 * @param validationFraction share of each half's training images held out for validation, in (0, 0.5]
 * @param draw               which training and validation images each seed's nets see (default per-seed); the class
 *                           split and the test images are the same for every seed
 */
public record SplitSpec(List<Integer> classesA, List<Integer> classesB, Long randomSeed, Integer sizeA, Integer sizeB,
                        Double validationFraction, DataDraw draw) {

    public static final double DEFAULT_VALIDATION_FRACTION = 1.0 / 12;

    @JsonIgnore // derived, not a field: written out, it would be an unknown property on reading
    public boolean isExplicit() {
        return classesA != null || classesB != null;
    }

    public double validationFractionOrDefault() {
        return validationFraction == null ? DEFAULT_VALIDATION_FRACTION : validationFraction;
    }

    /** The seed of the class split and of the fixed draws (test images, or everything under a fixed draw). */
    public long splitSeed() {
        return randomSeed == null ? 0 : randomSeed;
    }

    /** This split with its draw filled in, as a resolved spec carries it. */
    public SplitSpec resolved() {
        return draw != null ? this
                : new SplitSpec(classesA, classesB, randomSeed, sizeA, sizeB, validationFraction, DataDraw.PER_SEED);
    }

    public static SplitSpec explicit(List<Integer> classesA, List<Integer> classesB) {
        return new SplitSpec(classesA, classesB, null, null, null, null, null);
    }
}
