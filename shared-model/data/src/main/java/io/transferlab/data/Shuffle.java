package io.transferlab.data;

import java.util.Random;

/**
 * Fisher-Yates shuffling with {@link Random}, written out so that splits stay reproducible from
 * their seed regardless of how the JDK implements {@code Collections.shuffle}.
 */
final class Shuffle {

    private Shuffle() {
    }

    static void permute(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
