package io.transferlab.network.training;

import io.transferlab.contracts.spec.Seeds;

import java.util.SplittableRandom;

/**
 * The order images are visited in, a function of seed and epoch only, so a run resumed mid-epoch sees the same
 * batches as one that never stopped, and nets given the same seed see the same batches.
 */
final class EpochOrder {

    private EpochOrder() {
    }

    static int[] permutation(int count, long seed, int epoch) {
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, epoch));
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
}
