package io.transferlab.analysis.findings;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction: the family-wise error rate over the findings' tests stays at the level, whatever their
 * dependence, and it is uniformly more powerful than Bonferroni.
 */
public final class Holm {

    private Holm() {
    }

    /** Adjusted p-values, in the input's order; NaN entries (not tested) are left out of the family and stay NaN. */
    public static double[] adjust(double[] p) {
        Integer[] tested = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        double running = 0;
        for (int rank = 0; rank < tested.length; rank++) {
            running = Math.max(running, Math.min(1, (tested.length - rank) * p[tested[rank]]));
            adjusted[tested[rank]] = running;
        }
        return adjusted;
    }
}
