package io.transferlab.analysis.design;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Resolution;
import io.transferlab.analysis.Score;
import io.transferlab.analysis.ScoreChecks;
import io.transferlab.analysis.Spread;
import io.transferlab.analysis.findings.VerdictRule;
import io.transferlab.contracts.messaging.Verdict;
import org.apache.commons.statistics.distribution.BetaDistribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An A/A calibration of the findings' test on the real pipeline. Seeds 2k-1 and 2k trained the same nets on the same
 * data draw with independent initialisation and batch order, so for every net the per-pair difference has no true
 * effect. Groups of as many pairs as a run has seeds are each judged by the findings' own rule (two-sided t-test at
 * 5%); every call is false, so their share estimates the test's false-call rate where its assumptions meet the
 * pipeline's real noise. The interval is Clopper-Pearson's (exact binomial) over the disjoint groups. Every subset of
 * a net's pairs of that size is a test too; those overlap, so their share has no binomial interval, but it uses every
 * combination of the same nets and so varies less.
 *
 * @param tests       groups judged (not testable ones excluded)
 * @param falseCalls  groups called supported or contradicted
 * @param untestable  groups the rule could not test (zero or sub-grid spread)
 * @param ciLow       lower end of the 95% interval of the false-call rate
 * @param ciHigh      upper end
 * @param groupSize   seed pairs per test
 * @param nets        the nets (variant and depth) the tests were made on, e.g. "baseB", "AnB n=5"
 * @param replicaSd   the sd of one net over training replicas on the same data: sd of the differences / sqrt 2
 * @param subsetRate  the false-call share over every subset of groupSize pairs of each net (overlapping tests)
 * @param subsets     how many such subsets were judged
 */
public record Calibration(int tests, int falseCalls, int untestable, double ciLow, double ciHigh, int groupSize,
                          List<String> nets, double replicaSd, double subsetRate, int subsets) {

    /** Pairs beyond these are left out of the subsets (2^20 masks per net at most). */
    private static final int MAX_PAIRS = 20;

    public double rate() {
        return tests == 0 ? Double.NaN : (double) falseCalls / tests;
    }

    public static Calibration of(List<Score> scores, Metric metric, int groupSize) {
        List<Score> distinct = ScoreChecks.distinct(scores);
        double resolution = Resolution.of(distinct.stream().mapToDouble(metric::of).toArray());
        Map<String, Map<Long, Double>> byNet = new TreeMap<>();
        for (Score score : distinct) {
            if (Double.isFinite(metric.of(score))) {
                byNet.computeIfAbsent(score.variant().label(score.depth()), k -> new TreeMap<>())
                        .put(score.seed(), metric.of(score));
            }
        }
        int tests = 0;
        int calls = 0;
        int untestable = 0;
        int subsets = 0;
        int subsetCalls = 0;
        List<Double> all = new ArrayList<>();
        for (Map<Long, Double> seeds : byNet.values()) {
            List<Double> differences = new ArrayList<>();
            seeds.forEach((seed, value) -> {
                if (seed % 2 == 1 && seeds.containsKey(seed + 1)) {
                    differences.add(value - seeds.get(seed + 1));
                }
            });
            all.addAll(differences);
            for (int from = 0; from + groupSize <= differences.size(); from += groupSize) {
                Verdict verdict = judge(differences.subList(from, from + groupSize), resolution);
                if (verdict == Verdict.NOT_TESTABLE) {
                    untestable++;
                } else {
                    tests++;
                    calls += verdict == Verdict.INCONCLUSIVE ? 0 : 1;
                }
            }
            for (List<Double> subset : subsets(differences, groupSize)) {
                Verdict verdict = judge(subset, resolution);
                subsets += verdict == Verdict.NOT_TESTABLE ? 0 : 1;
                subsetCalls += verdict == Verdict.SUPPORTED || verdict == Verdict.CONTRADICTED ? 1 : 0;
            }
        }
        return new Calibration(tests, calls, untestable, calls == 0 ? 0 : beta(calls, tests - calls + 1, 0.025),
                calls == tests ? 1 : beta(calls + 1, tests - calls, 0.975), groupSize, List.copyOf(byNet.keySet()),
                Spread.of(all.stream().mapToDouble(d -> d).toArray()).std() / Math.sqrt(2),
                subsets == 0 ? Double.NaN : (double) subsetCalls / subsets, subsets);
    }

    /** Every subset of {@code size} of the first {@value #MAX_PAIRS} differences. */
    private static List<List<Double>> subsets(List<Double> differences, int size) {
        List<List<Double>> subsets = new ArrayList<>();
        for (int mask = 0; mask < 1 << Math.min(differences.size(), MAX_PAIRS); mask++) {
            if (Integer.bitCount(mask) == size) {
                List<Double> subset = new ArrayList<>();
                for (int i = 0; i < differences.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        subset.add(differences.get(i));
                    }
                }
                subsets.add(subset);
            }
        }
        return subsets;
    }

    private static Verdict judge(List<Double> differences, double resolution) {
        return VerdictRule.judge(Spread.of(differences.stream().mapToDouble(d -> d).toArray()), resolution).verdict();
    }

    /** What a run prints. */
    public String text() {
        return String.format(Locale.ROOT, "A/A calibration (pairs of seeds trained alike on one data draw; no true "
                        + "difference anywhere): %d tests of %d seed pairs each on %s; false calls %d = %.1f%%, 95%% "
                        + "interval [%.1f%%, %.1f%%] (the test's nominal rate: 5%%)%s; over all %d overlapping "
                        + "subsets of %d pairs: %.1f%%; one net's sd over training replicas %.4f", tests, groupSize,
                String.join(", ", nets), falseCalls, 100 * rate(), 100 * ciLow, 100 * ciHigh,
                untestable == 0 ? "" : "; " + untestable + " not testable", subsets, groupSize, 100 * subsetRate,
                replicaSd);
    }

    private static double beta(double a, double b, double p) {
        return BetaDistribution.of(a, b).inverseCumulativeProbability(p);
    }
}
