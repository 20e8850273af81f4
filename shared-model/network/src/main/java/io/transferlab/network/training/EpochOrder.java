package io.transferlab.network.training;

import java.util.SplittableRandom;

/**
 * The order images are visited in, a function of seed and epoch only, so a run resumed mid-epoch sees the same
 * batches as one that never stopped.
 */
final class EpochOrder {

    private EpochOrder() {
    }

    static int[] permutation(int count, long seed, int epoch) {
        SplittableRandom random = new SplittableRandom(mix(seed, epoch));
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Decorrelates nearby (seed, step) pairs; SplitMix64's finaliser. */
    static long mix(long seed, long step) {
        long z = seed * 0x9E3779B97F4A7C15L + step;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
