package io.transferlab.analysis.prediction;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How well estimates rank the depths as the measurements do, over seeds: the mean of the per-seed Kendall tau-b (seeds
 * whose tau is undefined are left out). Its p-value is a permutation test of "the estimates are unrelated to the
 * depths' order" (within each seed, the estimates shuffled over its depths); its interval a percentile bootstrap over
 * the seeds. With few depths one seed's tau takes few values (1 for a perfect order of 4 depths happens once in 24
 * by chance), so a perfect tau on one seed is not evidence and the p-value says so; zero spread over seeds narrows the
 * interval but never makes p 0. Random draws come from a fixed seed: the same data give the same numbers.
 */
public final class RankAgreement {

    static final int PERMUTATIONS = 10_000;
    static final int RESAMPLES = 2_000;
    private static final long SEED = 0x7A0B5EEDL;

    /**
     * @param tau    mean per-seed tau; NaN where no seed has one
     * @param ciLow  2.5th percentile of the bootstrap means; null for fewer than two seeds
     * @param ciHigh 97.5th percentile; null where ciLow is
     * @param p      two-sided permutation p-value, (1 + as extreme) / (1 + permutations); null where tau is NaN
     * @param seeds  seeds with a tau
     */
    public record Agreement(double tau, Double ciLow, Double ciHigh, Double p, int seeds) {
    }

    private RankAgreement() {
    }

    public static Agreement of(List<RankedPair> pairs) {
        List<RankedPair> ranked = pairs.stream().filter(pair -> !Double.isNaN(pair.tau())).toList();
        if (ranked.isEmpty()) {
            return new Agreement(Double.NaN, null, null, null, 0);
        }
        double[] taus = ranked.stream().mapToDouble(RankedPair::tau).toArray();
        double observed = Arrays.stream(taus).average().orElseThrow();
        SplittableRandom random = new SplittableRandom(SEED);
        Double low = null;
        Double high = null;
        if (taus.length > 1) {
            double[] means = new double[RESAMPLES];
            for (int r = 0; r < RESAMPLES; r++) {
                double sum = 0;
                for (int i = 0; i < taus.length; i++) {
                    sum += taus[random.nextInt(taus.length)];
                }
                means[r] = sum / taus.length;
            }
            Arrays.sort(means);
            low = means[(int) Math.floor(0.025 * (RESAMPLES - 1))];
            high = means[(int) Math.ceil(0.975 * (RESAMPLES - 1))];
        }
        int asExtreme = 0;
        for (int r = 0; r < PERMUTATIONS; r++) {
            double sum = 0;
            for (RankedPair pair : ranked) {
                sum += KendallTau.tauB(shuffled(pair.estimate(), random), pair.measured());
            }
            // A tolerance, so a permutation that ties the observed order is counted despite rounding.
            if (Math.abs(sum / ranked.size()) >= Math.abs(observed) - 1e-12) {
                asExtreme++;
            }
        }
        return new Agreement(observed, low, high, (1.0 + asExtreme) / (1.0 + PERMUTATIONS), taus.length);
    }

    private static double[] shuffled(double[] values, SplittableRandom random) {
        double[] copy = values.clone();
        for (int i = copy.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double swap = copy[i];
            copy[i] = copy[j];
            copy[j] = swap;
        }
        return copy;
    }
}
