package io.transferlab.analysis.prediction;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Score;
import io.transferlab.analysis.findings.Holm;
import io.transferlab.contracts.messaging.DepthEstimates;
import io.transferlab.contracts.messaging.EstimateCell;
import io.transferlab.contracts.messaging.EstimateCosts;
import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.Prediction;
import io.transferlab.contracts.messaging.PredictionCheck;
import io.transferlab.contracts.messaging.TransferEstimator;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An experiment's {@link Prediction}: the estimates averaged over seeds, the depth they advise cutting at, and, where
 * the sweep trained the transfer nets, how well each estimator ranked the depths as each transfer variant measured
 * them ({@link RankAgreement}), Holm-corrected over all the checks.
 */
public final class Predictions {

    /** The measured variants an estimate on baseA's features stands in for. */
    static final List<Variant> TARGETS = List.of(Variant.ANB, Variant.ANB_PLUS);
    static final double LEVEL = 0.05;

    private Predictions() {
    }

    /** One experiment: its scores so far, its seeds' estimates so far, its depths. */
    public static Prediction of(List<Score> scores, List<EstimatesCompleted> estimates, List<Integer> depths) {
        List<String> warnings = estimates.stream().filter(e -> e.failure() != null)
                .map(e -> "seed " + e.seed() + ": " + e.failure()).toList();
        List<EstimatesCompleted> usable = usable(estimates);
        if (usable.isEmpty()) {
            String why = warnings.isEmpty() ? "no estimates: none arrived yet" : "no estimates: every seed's failed";
            return new Prediction(List.of(), List.of(), null, why, EstimateCosts.NONE, 0, warnings);
        }
        List<EstimateCell> cells = new ArrayList<>();
        for (TransferEstimator estimator : TransferEstimator.values()) {
            for (int depth : depths) {
                double[] onA = values(usable, depth, estimator, true);
                double[] onRandom = values(usable, depth, estimator, false);
                cells.add(new EstimateCell(estimator.key(), depth, mean(onA), mean(onRandom), onA.length));
            }
        }
        List<PredictionCheck> checks = checks(List.of(scores), List.of(usable));
        EstimateCosts costs = usable.stream().map(EstimatesCompleted::costs).reduce(EstimateCosts.NONE,
                EstimateCosts::plus).dividedBy(usable.size());
        Optional<EstimateCell> advised = advised(cells);
        return new Prediction(cells, checks, advised.map(EstimateCell::depth).orElse(null),
                advised.map(c -> advice(c, checks)).orElse("no advice: the probe has no value at any depth"), costs,
                usable.size(), warnings);
    }

    /**
     * The checks over every (level, seed) of a study's levels, one Holm family: whether the estimators rank the
     * depths as measured across the study, not level by level. {@code levels.get(i)} and {@code estimates.get(i)} are
     * level i's scores and estimates.
     */
    public static List<PredictionCheck> checks(List<List<Score>> levels, List<List<EstimatesCompleted>> estimates) {
        List<TransferEstimator> estimators = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        List<RankAgreement.Agreement> agreements = new ArrayList<>();
        for (Variant variant : TARGETS) {
            for (TransferEstimator estimator : TransferEstimator.values()) {
                List<RankedPair> pairs = new ArrayList<>();
                for (int level = 0; level < levels.size(); level++) {
                    pairs.addAll(pairs(levels.get(level), usable(estimates.get(level)), estimator, variant));
                }
                if (!pairs.isEmpty()) {
                    estimators.add(estimator);
                    variants.add(variant);
                    agreements.add(RankAgreement.of(pairs));
                }
            }
        }
        double[] adjusted = Holm.adjust(agreements.stream()
                .mapToDouble(a -> a.p() == null ? Double.NaN : a.p()).toArray());
        long family = Arrays.stream(adjusted).filter(p -> !Double.isNaN(p)).count();
        List<PredictionCheck> checks = new ArrayList<>();
        for (int i = 0; i < agreements.size(); i++) {
            RankAgreement.Agreement a = agreements.get(i);
            Double p = Double.isNaN(adjusted[i]) ? null : adjusted[i];
            checks.add(new PredictionCheck(estimators.get(i).key(), variants.get(i), Metric.PRIMARY.key(), a.tau(),
                    a.ciLow(), a.ciHigh(), p, a.seeds(), reading(estimators.get(i), variants.get(i), a, p, family)));
        }
        return checks;
    }

    /** Per measured variant: the checks that passed, or that none did and which came nearest. */
    public static List<String> summary(List<PredictionCheck> checks) {
        List<String> lines = new ArrayList<>();
        for (Variant variant : TARGETS) {
            List<PredictionCheck> of = checks.stream().filter(c -> c.variant() == variant).toList();
            List<PredictionCheck> passed = of.stream().filter(Predictions::tracks).toList();
            if (!passed.isEmpty()) {
                passed.forEach(c -> lines.add(c.reading()));
            } else if (!of.isEmpty()) {
                Optional<PredictionCheck> nearest = of.stream().filter(c -> !Double.isNaN(c.tau()))
                        .max(Comparator.comparingDouble(PredictionCheck::tau));
                lines.add(nearest.map(c -> String.format(Locale.ROOT, "no estimator tracks %s here (best: %s tau %.2f)",
                        variant.label(), TransferEstimator.of(c.estimator()).title(), c.tau()))
                        .orElse("no estimator tracks " + variant.label() + " here (none could be ranked)"));
            }
        }
        return lines;
    }

    /** Whether the check found the estimator ranking the depths as measured. */
    public static boolean tracks(PredictionCheck check) {
        return check.p() != null && check.p() < LEVEL && check.tau() > 0;
    }

    private static List<RankedPair> pairs(List<Score> scores, List<EstimatesCompleted> estimates,
                                          TransferEstimator estimator, Variant variant) {
        List<RankedPair> pairs = new ArrayList<>();
        for (EstimatesCompleted seed : estimates) {
            List<double[]> rows = new ArrayList<>();
            for (DepthEstimates at : seed.depths()) {
                double measured = measured(scores, variant, at.depth(), seed.seed());
                double estimate = estimator.onA(at);
                if (Double.isFinite(measured) && Double.isFinite(estimate)) {
                    rows.add(new double[]{estimate, measured});
                }
            }
            if (rows.size() >= 2) {
                pairs.add(new RankedPair(rows.stream().mapToDouble(r -> r[0]).toArray(),
                        rows.stream().mapToDouble(r -> r[1]).toArray()));
            }
        }
        return pairs;
    }

    /** The seed's net of that variant and depth; NaN where there is none, or where duplicates disagree. */
    private static double measured(List<Score> scores, Variant variant, int depth, long seed) {
        double[] values = scores.stream().filter(s -> s.variant() == variant && s.depth() == depth && s.seed() == seed)
                .mapToDouble(s -> s.value(Metric.PRIMARY)).distinct().toArray();
        return values.length == 1 ? values[0] : Double.NaN;
    }

    private static List<EstimatesCompleted> usable(List<EstimatesCompleted> estimates) {
        return estimates.stream().filter(e -> e.failure() == null && !e.depths().isEmpty()).toList();
    }

    private static double[] values(List<EstimatesCompleted> estimates, int depth, TransferEstimator estimator,
                                   boolean onA) {
        return estimates.stream().flatMap(e -> e.depths().stream()).filter(d -> d.depth() == depth)
                .mapToDouble(d -> onA ? estimator.onA(d) : estimator.onRandom(d)).filter(Double::isFinite).toArray();
    }

    private static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).average().orElseThrow();
    }

    /**
     * The probe's best depth on baseA's features: the highest mean accuracy, the deepest of those within 1e-9 of it
     * (a deeper cut keeps more of baseA for the same accuracy), whatever order the depths came in.
     */
    private static Optional<EstimateCell> advised(List<EstimateCell> cells) {
        List<EstimateCell> probe = cells.stream().filter(c -> c.estimator().equals(TransferEstimator.PROBE.key()))
                .filter(c -> Double.isFinite(c.onA())).toList();
        double best = probe.stream().mapToDouble(EstimateCell::onA).max().orElse(Double.NaN);
        return probe.stream().filter(c -> c.onA() >= best - 1e-9).max(Comparator.comparingInt(EstimateCell::depth));
    }

    private static String advice(EstimateCell probe, List<PredictionCheck> checks) {
        String advice = String.format(Locale.ROOT, "cut at n = %d: baseA's layer-%d features give the best linear "
                + "probe on B (%.3f; random features %.3f)", probe.depth(), probe.depth(), probe.onA(),
                probe.onRandom());
        Optional<PredictionCheck> probeOnAnB = checks.stream().filter(c -> c.variant() == Variant.ANB
                && c.estimator().equals(TransferEstimator.PROBE.key())).findFirst();
        if (probeOnAnB.isEmpty()) {
            return advice + "; untested here (no transfer nets trained)";
        }
        return tracks(probeOnAnB.get()) ? advice + "; the probe ranked the depths as AnB in this run"
                : advice + "; the probe did not track AnB in this run, so treat this as a guess";
    }

    private static String reading(TransferEstimator estimator, Variant variant, RankAgreement.Agreement a, Double p,
                                  long family) {
        if (Double.isNaN(a.tau())) {
            return estimator.title() + " cannot be ranked against " + variant.label()
                    + " here: no seed has two depths with different values";
        }
        // The p shown is Holm-adjusted: the reading says over how many, as the page shows it without a header.
        String numbers = String.format(Locale.ROOT, "tau %.2f%s, p %s (%s), %d seeds", a.tau(),
                a.ciLow() == null ? "" : String.format(Locale.ROOT, " [%.2f, %.2f]", a.ciLow(), a.ciHigh()), p(p),
                family == 1 ? "the only check" : "Holm over the " + family + " checks", a.seeds());
        if (p != null && p < LEVEL && a.tau() != 0) {
            return estimator.title() + (a.tau() > 0 ? " ranks the depths as " + variant.label() + " measured them: "
                    : " ranks the depths opposite to " + variant.label() + ": ") + numbers;
        }
        return estimator.title() + " does not track " + variant.label() + " here: " + numbers;
    }

    private static String p(Double p) {
        if (p == null) {
            return "-";
        }
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
