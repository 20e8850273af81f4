package io.transferlab.analysis;

import org.hipparchus.stat.inference.TTest;

import java.util.Random;

/**
 * The power the simulation tests hold the findings to: how often a two-sided one-sample t-test finds a normal effect
 * with its sign, by simulation, with Hipparchus's t-test, so that the oracle shares no code with the code under test.
 */
public final class TTestOracle {

    private static final int TRIALS = 4000;
    private static final TTest T_TEST = new TTest();

    private TTestOracle() {
    }

    /** The share of {@value #TRIALS} samples of {@code seeds} values ~ N(effect, sd) where the test calls it. */
    public static double power(double effect, double sd, int seeds, double level, Random random) {
        int found = 0;
        for (int t = 0; t < TRIALS; t++) {
            double[] values = new double[seeds];
            double sum = 0;
            for (int s = 0; s < seeds; s++) {
                values[s] = effect + sd * random.nextGaussian();
                sum += values[s];
            }
            if (p(values) < level && Math.signum(sum) == Math.signum(effect)) {
                found++;
            }
        }
        return (double) found / TRIALS;
    }

    /** Hipparchus's two-sided one-sample p-value against a mean of 0. */
    public static double p(double[] values) {
        return T_TEST.tTest(0, values);
    }
}
