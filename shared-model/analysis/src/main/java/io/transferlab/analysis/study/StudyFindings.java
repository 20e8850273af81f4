package io.transferlab.analysis.study;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.PaperFigure2;
import io.transferlab.analysis.Spread;
import io.transferlab.analysis.findings.SeedScores;
import io.transferlab.analysis.findings.VerdictRule;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Measure;
import io.transferlab.contracts.messaging.Verdict;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.spec.StudyAxis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * A study's finding across its levels, called by the rule of the paper's four: its deciding measure is computed per
 * seed, oriented so that the expected effect is positive, and a two-sided t-test over seeds at 5% says supported or
 * contradicted; within the noise, or with fewer than two seeds, it is inconclusive. A study tests one finding (its
 * axis's), so there is nothing to correct for. The measure compares the two ends of the axis; the levels between
 * them are in the gains table and the figure, not in the test.
 */
public final class StudyFindings {

    static final double LEVEL = 0.05;
    /** The split finding looks at the upper half of the net, where the paper's two splits part. */
    static final int UPPER_FROM = 4;

    private StudyFindings() {
    }

    /** The axis's finding on the metric; levels in any order (the size axis sorts by images, the split by place). */
    public static Finding of(StudyAxis axis, List<StudyLevel> levels, Metric metric) {
        List<StudyLevel> sorted = levels.stream().sorted(Comparator.comparingDouble(StudyLevel::value)).toList();
        boolean size = axis == StudyAxis.TARGET_SIZE;
        // Size: fine-tuned transfer should gain more at the smallest level. Split: frozen transfer should lose more
        // at the farthest, i.e. gain more at the nearest. Either way: first level's gain minus the last's.
        Variant variant = size ? Variant.ANB_PLUS : Variant.ANB;
        String key = size ? "small-target" : "task-distance";
        String claim = size ? "fine-tuned transfer (AnB+) gains more over training from scratch as the target set "
                + "shrinks" : "frozen transfer (AnB) loses more against training from scratch as the tasks grow apart";
        if (sorted.size() < 2) {
            return untested(key, claim, metric, "not tested: a study needs two levels or more");
        }
        StudyLevel first = sorted.get(0);
        StudyLevel last = sorted.get(sorted.size() - 1);
        Map<Long, SeedScores> a = SeedScores.bySeed(first.scores(), metric);
        Map<Long, SeedScores> b = SeedScores.bySeed(last.scores(), metric);
        SortedSet<Integer> depths = TransferGains.depths(a, variant);
        depths.retainAll(TransferGains.depths(b, variant));
        if (!size && depths.tailSet(UPPER_FROM).size() > 0) {
            depths = depths.tailSet(UPPER_FROM);
        }
        PairedValues atFirst = TransferGains.gain(a, variant, depths);
        PairedValues atLast = TransferGains.gain(b, variant, depths);
        Map<Long, Double> difference = new TreeMap<>();
        atFirst.bySeed().forEach((seed, gain) -> {
            if (atLast.bySeed().containsKey(seed)) {
                difference.put(seed, gain - atLast.bySeed().get(seed));
            }
        });
        String gainOf = String.format(Locale.ROOT, "mean over n = %s of (%s - baseB)", join(depths), variant.label());
        String test = String.format(Locale.ROOT, "two-sided t-test over seeds at 5%% of [%s at %s] - [the same at %s]",
                gainOf, first.label(), last.label());
        Double paper = size ? null : paperSplitEffect(depths);
        List<Measure> measures = List.of(
                measure("gain difference", "[" + gainOf + "] at " + first.label() + " - at " + last.label(), true,
                        new PairedValues(difference), paper),
                measure("gain at " + first.label(), gainOf, false, atFirst, null),
                measure("gain at " + last.label(), gainOf, false, atLast, null));
        if (difference.size() < 2) {
            return new Finding(1, key, claim, test, metric.key(), true, Verdict.INCONCLUSIVE, null,
                    difference.isEmpty() ? "not tested: no seed has the nets at both ends of the axis"
                            : "not tested: one seed says nothing about the noise over seeds; run two or more",
                    measures);
        }
        Spread spread = new PairedValues(difference).spread();
        double above = VerdictRule.upperTail(spread);
        double p = Math.min(1, 2 * Math.min(above, 1 - above));
        Verdict verdict = p >= LEVEL ? Verdict.INCONCLUSIVE : spread.mean() > 0 ? Verdict.SUPPORTED
                : Verdict.CONTRADICTED;
        String reason = String.format(Locale.ROOT, "%s: %+.4f ± %.4f over %d seeds, p = %.4f %s %.2f",
                verdict == Verdict.INCONCLUSIVE ? "within the noise" : verdict == Verdict.SUPPORTED
                        ? "the expected effect beyond the noise" : "the opposite effect beyond the noise",
                spread.mean(), spread.std(), spread.count(), p, p < LEVEL ? "<" : ">=", LEVEL);
        return new Finding(1, key, claim, test, metric.key(), true, verdict, p, reason, measures);
    }

    /** The paper's measure for its random (near) and dissimilar (far) splits on the same depths (Section 4.2). */
    private static Double paperSplitEffect(SortedSet<Integer> depths) {
        Map<Long, SeedScores> near = SeedScores.bySeed(PaperFigure2.scores(), Metric.BEST_VALIDATION);
        Map<Long, SeedScores> far = SeedScores.bySeed(PaperFigure2.dissimilarScores(), Metric.BEST_VALIDATION);
        Double nearGain = TransferGains.gain(near, Variant.ANB, depths).mean();
        Double farGain = TransferGains.gain(far, Variant.ANB, depths).mean();
        return nearGain == null || farGain == null ? null : nearGain - farGain;
    }

    private static Measure measure(String name, String definition, boolean deciding, PairedValues values,
                                   Double paper) {
        if (values.bySeed().isEmpty()) {
            return new Measure(name, definition, deciding, null, null, null, null, 0, paper, Verdict.INCONCLUSIVE,
                    "not measured: no seed has the nets it needs");
        }
        Spread spread = values.spread();
        VerdictRule.Judgement judgement = VerdictRule.judge(spread);
        return new Measure(name, definition, deciding, spread.mean(), spread.count() < 2 ? null : spread.std(),
                values.ciLow(), values.ciHigh(), spread.count(), paper, judgement.verdict(), judgement.reason());
    }

    private static Finding untested(String key, String claim, Metric metric, String reason) {
        return new Finding(1, key, claim, reason, metric.key(), true, Verdict.INCONCLUSIVE, null, reason,
                new ArrayList<>());
    }

    private static String join(SortedSet<Integer> depths) {
        return depths.isEmpty() ? "(none run at both ends)" : String.join(", ", depths.stream().map(String::valueOf)
                .toList());
    }
}
