package io.transferlab.analysis;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The power of the two-sided one-sample t-test over seeds, and the smallest effect it finds with a given power: the
 * "minimum detectable effect" printed beside a verdict within the noise, so that "inconclusive" says how small an
 * effect the design ruled out. Exact: the noncentral t's tail as the mean over the chi-squared distribution of the
 * spread (integrated on its quantiles) of the normal tails.
 */
public final class Power {

    /** The power a minimum detectable effect is quoted at, by convention. */
    public static final double CONVENTIONAL = 0.8;
    private static final int GRID = 1000;
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
    /** sqrt(V / df) at GRID evenly spaced quantiles of V ~ chi-squared(df), per df: the same for every effect. */
    private static final Map<Integer, double[]> SPREADS = new ConcurrentHashMap<>();
    /** The detectable effect in units of sd depends only on seeds, level and power: solved once for each. */
    private static final Map<List<Double>, Double> DETECTABLE = new ConcurrentHashMap<>();

    private Power() {
    }

    /**
     * P(|T| >= t(1 - level/2)) where T = mean / (sd / sqrt(seeds)) and the true mean is {@code effect}.
     *
     * @param effect the true mean, in units of the per-seed standard deviation
     */
    public static double twoSided(double effect, int seeds, double level) {
        int df = seeds - 1;
        double critical = StudentT.quantile(1 - level / 2, df);
        double shift = effect * Math.sqrt(seeds);
        double sum = 0;
        for (double spread : SPREADS.computeIfAbsent(df, Power::spreads)) {
            double scale = critical * spread;
            sum += NORMAL.survivalProbability(scale - shift) + NORMAL.cumulativeProbability(-scale - shift);
        }
        return sum / GRID;
    }

    private static double[] spreads(int df) {
        ChiSquaredDistribution chi = ChiSquaredDistribution.of(df);
        double[] spreads = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            spreads[i] = Math.sqrt(chi.inverseCumulativeProbability((i + 0.5) / GRID) / df);
        }
        return spreads;
    }

    /**
     * The smallest true mean the test finds with probability {@code power} at the given spread; NaN for fewer than two
     * seeds or no spread.
     */
    public static double minimumDetectable(double sd, int seeds, double level, double power) {
        if (seeds < 2 || !(sd > 0)) {
            return Double.NaN;
        }
        return sd * DETECTABLE.computeIfAbsent(List.of((double) seeds, level, power),
                key -> detectable(seeds, level, power));
    }

    /** The effect, in units of sd, found with the given power: by bisection, power rising with the effect. */
    private static double detectable(int seeds, double level, double power) {
        double low = 0;
        double high = 1;
        while (twoSided(high, seeds, level) < power) {
            high *= 2;
        }
        for (int i = 0; i < 50; i++) {
            double mid = (low + high) / 2;
            if (twoSided(mid, seeds, level) < power) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }
}
