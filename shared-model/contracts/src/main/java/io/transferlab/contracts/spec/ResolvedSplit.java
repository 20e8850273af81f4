package io.transferlab.contracts.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * The A/B split as an experiment runs it: the request's split with its seed, validation fraction and draw filled in
 * ({@link SplitSpec#resolve()}). A random split's sizes depend on the data set's class count, known for an image
 * folder only once it is read: {@link #sizes(int)} is the one place they are computed.
 *
 * @param classesA           class indices of half A of an explicit split, in the order they are relabelled; null for a
 *                           random split
 * @param classesB           class indices of half B of an explicit split; null for a random split
 * @param randomSeed         the seed of the random class split and of what every seed shares (the test images, the
 *                           one draw under a fixed draw)
 * @param sizeA              classes in half A of a random split as requested; null: half the classes
 * @param sizeB              classes in half B of a random split as requested; null: the classes A leaves
 * @param validationFraction share of each half's training images held out for validation
 * @param draw               which training and validation images each seed's nets see
 */
public record ResolvedSplit(List<Integer> classesA, List<Integer> classesB, long randomSeed, Integer sizeA,
                            Integer sizeB, double validationFraction, DataDraw draw) {

    /** How many classes each half of a random split gets from a data set of {@code classes} classes. */
    public record Sizes(int a, int b) {
    }

    @JsonIgnore // derived, not a field: written out, it would be an unknown property on reading
    public boolean isExplicit() {
        return classesA != null || classesB != null;
    }

    public Sizes sizes(int classes) {
        int a = sizeA == null ? classes / 2 : sizeA;
        return new Sizes(a, sizeB == null ? classes - a : sizeB);
    }
}
