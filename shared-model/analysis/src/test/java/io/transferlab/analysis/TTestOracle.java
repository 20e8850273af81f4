package io.transferlab.analysis;

import java.util.Random;

/**
 * The power the simulation tests hold the findings to: how often a two-sided one-sample t-test finds a normal effect
 * with its sign, by simulation, written apart from the code under test so that the two can disagree.
 */
public final class TTestOracle {

    private static final int TRIALS = 4000;

    private TTestOracle() {
    }

    /** The share of {@value #TRIALS} samples of {@code seeds} values ~ N(effect, sd) where the test calls it. */
    public static double power(double effect, double sd, int seeds, double level, Random random) {
        int found = 0;
        for (int t = 0; t < TRIALS; t++) {
            double[] values = new double[seeds];
            for (int s = 0; s < seeds; s++) {
                values[s] = effect + sd * random.nextGaussian();
            }
            Spread spread = Spread.of(values);
            double tValue = spread.mean() / (spread.std() / Math.sqrt(seeds));
            double p = 2 * Math.min(StudentT.upperTail(tValue, seeds - 1), StudentT.upperTail(-tValue, seeds - 1));
            if (p < level && Math.signum(spread.mean()) == Math.signum(effect)) {
                found++;
            }
        }
        return (double) found / TRIALS;
    }
}
