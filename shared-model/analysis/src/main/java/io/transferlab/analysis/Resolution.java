package io.transferlab.analysis;

import java.util.Arrays;

/**
 * The step of the grid accuracies are measured on: 1/N for a top-1 accuracy on N images (1/(kN) for a mean of k of
 * them). A spread over seeds smaller than one step is rounding, not noise a t-test can use: one image more or less
 * on one seed would change it by as much.
 */
public final class Resolution {

    /** Denominators tried; finer grids than 1/100,000 are treated as continuous. */
    static final int MAX_DENOMINATOR = 100_000;
    private static final double TOLERANCE = 1e-6;

    private Resolution() {
    }

    /**
     * The largest step 1/N (N <= {@value #MAX_DENOMINATOR}) of which every finite value is a whole multiple, e.g.
     * 0.002 for scores on 500 images; 0 when there is no such grid (or no values), i.e. the values are continuous.
     */
    public static double of(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return 0;
        }
        for (int n = 1; n <= MAX_DENOMINATOR; n++) {
            if (onGrid(finite, n)) {
                return 1.0 / n;
            }
        }
        return 0;
    }

    private static boolean onGrid(double[] values, int n) {
        for (double value : values) {
            double scaled = value * n;
            if (Math.abs(scaled - Math.rint(scaled)) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}
