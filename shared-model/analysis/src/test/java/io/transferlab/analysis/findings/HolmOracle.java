package io.transferlab.analysis.findings;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Score;
import io.transferlab.analysis.TTestOracle;
import io.transferlab.contracts.messaging.Verdict;
import io.transferlab.contracts.spec.Variant;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The four findings' verdicts on a complete simulated sweep, computed the plain way, apart from the code under test:
 * each deciding measure per seed by direct arithmetic on the table, p-values from Hipparchus's t-test, then Holm (or
 * Bonferroni, to show that the tests can tell the two apart) over the four.
 */
final class HolmOracle {

    private HolmOracle() {
    }

    /** Verdicts in the paper's order, on the primary metric (best validation). */
    static Verdict[] verdicts(List<Score> table, int seeds, boolean holm) {
        double[][] dip = perSeed(table, seeds, s -> s.get(Variant.BASE_B, 0) - s.mean(Variant.BNB, 3, 5));
        double[][] recovery = perSeed(table, seeds, s -> s.mean(Variant.BNB, 6, 7) - s.mean(Variant.BNB, 3, 5));
        double[] specificity = perSeed(table, seeds, s -> s.mean(Variant.BNB, 6, 7) - s.mean(Variant.ANB, 6, 7))[0];
        double[] fineTuning = perSeed(table, seeds, s -> s.mean(Variant.ANB_PLUS, 1, 7) - s.get(Variant.BASE_B, 0))[0];
        double[] random = perSeed(table, seeds, s -> s.mean(Variant.ANB, 3, 7) - s.mean(Variant.RNB, 3, 7))[0];
        double support = Math.max(upper(dip[0]), upper(recovery[0]));
        double contradiction = Math.min(1, 2 * Math.min(1 - upper(dip[0]), 1 - upper(recovery[0])));
        double[] p = {Math.min(1, 2 * Math.min(support, contradiction)), TTestOracle.p(specificity),
                TTestOracle.p(fineTuning), TTestOracle.p(random)};
        boolean[] paperSide = {support <= contradiction, mean(specificity) > 0, mean(fineTuning) > 0,
                mean(random) > 0};
        double[] adjusted = holm ? holm(p) : Arrays.stream(p).map(v -> Math.min(1, 4 * v)).toArray();
        Verdict[] verdicts = new Verdict[4];
        for (int i = 0; i < 4; i++) {
            verdicts[i] = adjusted[i] >= 0.05 ? Verdict.INCONCLUSIVE
                    : paperSide[i] ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
        }
        return verdicts;
    }

    private static double[] holm(double[] p) {
        Integer[] order = IntStream.range(0, p.length).boxed().sorted(Comparator.comparingDouble(i -> p[i]))
                .toArray(Integer[]::new);
        double[] adjusted = new double[p.length];
        double running = 0;
        for (int rank = 0; rank < order.length; rank++) {
            running = Math.max(running, Math.min(1, (p.length - rank) * p[order[rank]]));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }

    /** One-sided P(mean this large or larger), from the two-sided p. */
    private static double upper(double[] values) {
        double half = TTestOracle.p(values) / 2;
        return mean(values) > 0 ? half : 1 - half;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double[][] perSeed(List<Score> table, int seeds, ToDoubleFunction<Seed> measure) {
        double[] values = new double[seeds];
        for (int s = 1; s <= seeds; s++) {
            values[s - 1] = measure.applyAsDouble(new Seed(table, s));
        }
        return new double[][]{values};
    }

    private record Seed(List<Score> table, long seed) {

        double get(Variant variant, int depth) {
            return table.stream().filter(s -> s.seed() == seed && s.variant() == variant && s.depth() == depth)
                    .findFirst().orElseThrow().value(Metric.BEST_VALIDATION);
        }

        double mean(Variant variant, int from, int to) {
            return IntStream.rangeClosed(from, to).mapToDouble(n -> get(variant, n)).average().orElseThrow();
        }
    }
}
