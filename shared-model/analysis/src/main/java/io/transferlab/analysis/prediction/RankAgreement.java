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

    /** The agreement over the seeds' pairs; the same pairs always give the same numbers. */
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
        List<Shuffled> groups = ranked.stream().map(Shuffled::new).toList();
        int asExtreme = 0;
        for (int r = 0; r < PERMUTATIONS; r++) {
            double sum = 0;
            for (Shuffled group : groups) {
                sum += group.shuffle(random);
            }
            // A tolerance, so a permutation that ties the observed order is counted despite rounding.
            if (Math.abs(sum / ranked.size()) >= Math.abs(observed) - 1e-12) {
                asExtreme++;
            }
        }
        return new Agreement(observed, low, high, (1.0 + asExtreme) / (1.0 + PERMUTATIONS), taus.length);
    }

    /**
     * One seed's pairs for the permutations, kept fast: the estimates are reshuffled in place (a uniform shuffle of a
     * shuffled array is still uniform), the measured pairs' orders are computed once, and so is tau-b's denominator,
     * since shuffling the estimates changes neither variable's ties. Same arithmetic as {@link KendallTau#tauB}.
     */
    private static final class Shuffled {

        private final double[] estimate;
        private final int[] measuredOrder;
        private final double denominator;

        Shuffled(RankedPair pair) {
            estimate = pair.estimate().clone();
            double[] measured = pair.measured();
            int n = measured.length;
            measuredOrder = new int[n * n];
            long untiedX = 0;
            long untiedY = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    measuredOrder[i * n + j] = KendallTau.order(measured[i], measured[j]);
                    untiedX += KendallTau.order(estimate[i], estimate[j]) != 0 ? 1 : 0;
                    untiedY += measuredOrder[i * n + j] != 0 ? 1 : 0;
                }
            }
            denominator = Math.sqrt((double) untiedX * untiedY);
        }

        /** Tau-b after shuffling the estimates over the depths. */
        double shuffle(SplittableRandom random) {
            int n = estimate.length;
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double swap = estimate[i];
                estimate[i] = estimate[j];
                estimate[j] = swap;
            }
            long score = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    score += KendallTau.order(estimate[i], estimate[j]) * measuredOrder[i * n + j];
                }
            }
            return score / denominator;
        }
    }
}
