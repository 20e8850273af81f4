package io.transferlab.data;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Stratified, seed-deterministic sampling of images. Selected images keep their original relative
 * order; shuffling for training is the trainer's job.
 */
public final class Partition {

    /** A training part and the validation part held out of it. */
    public record Parts(ImageSet train, ImageSet validation) {

        public Parts {
            Objects.requireNonNull(train, "train");
            Objects.requireNonNull(validation, "validation");
        }
    }

    private Partition() {
    }

    /** Holds out round(validationFraction * n) images of every class with n images as validation. */
    public static Parts trainValidation(ImageSet train, double validationFraction, long seed) {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be in [0, 1), got " + validationFraction);
        }
        int[][] byClass = shuffledByClass(train, seed);
        boolean[] held = new boolean[train.count()];
        for (int[] members : byClass) {
            int take = (int) Math.round(validationFraction * members.length);
            for (int i = 0; i < take; i++) {
                held[members[i]] = true;
            }
        }
        int[] validation = IntStream.range(0, held.length).filter(i -> held[i]).toArray();
        int[] rest = IntStream.range(0, held.length).filter(i -> !held[i]).toArray();
        return new Parts(train.select(rest), train.select(validation));
    }

    /**
     * At most {@code limit} images, each class contributing in proportion to its share of the set
     * (largest-remainder rounding); the set itself when it is no larger than the limit.
     */
    public static ImageSet subset(ImageSet set, int limit, long seed) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be non-negative, got " + limit);
        }
        if (limit >= set.count()) {
            return set;
        }
        int[][] byClass = shuffledByClass(set, seed);
        int[] quota = proportionalQuota(byClass, limit, set.count());
        int[] chosen = IntStream.range(0, byClass.length)
                .flatMap(c -> Arrays.stream(byClass[c], 0, quota[c]))
                .sorted().toArray();
        return set.select(chosen);
    }

    /** Splits {@code limit} across classes proportionally; fractional parts go to the largest remainders. */
    private static int[] proportionalQuota(int[][] byClass, int limit, int total) {
        int classes = byClass.length;
        int[] quota = new int[classes];
        long[] remainder = new long[classes];
        int assigned = 0;
        for (int c = 0; c < classes; c++) {
            long share = (long) limit * byClass[c].length;
            quota[c] = (int) (share / total);
            remainder[c] = share % total;
            assigned += quota[c];
        }
        // Sum of remainders / total equals limit - assigned, so enough classes have a positive remainder.
        Integer[] order = IntStream.range(0, classes).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong((Integer c) -> -remainder[c]).thenComparingInt(c -> c));
        for (int k = 0; k < limit - assigned; k++) {
            quota[order[k]]++;
        }
        return quota;
    }

    /** Image indices grouped by label, each group shuffled with one generator seeded once. */
    private static int[][] shuffledByClass(ImageSet set, long seed) {
        int[] counts = set.classCounts();
        int[][] byClass = new int[counts.length][];
        int[] filled = new int[counts.length];
        for (int c = 0; c < counts.length; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] labels = set.labels();
        for (int i = 0; i < labels.length; i++) {
            byClass[labels[i]][filled[labels[i]]++] = i;
        }
        Random random = new Random(seed);
        for (int[] members : byClass) {
            Shuffle.permute(members, random);
        }
        return byClass;
    }
}
