package io.transferlab.analysis.study;

import io.transferlab.contracts.messaging.Choice;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.LevelAdvice;
import io.transferlab.contracts.messaging.Measure;
import io.transferlab.contracts.messaging.StudyLevelResult;
import io.transferlab.contracts.messaging.StudyResult;
import io.transferlab.contracts.messaging.TransferGain;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A study's results as text: the gain of transfer over training from scratch per level and n with 95% intervals,
 * the axis's finding with its deciding measure, and the advice per level, as the study's result event carries them.
 */
public final class StudyReport {

    private StudyReport() {
    }

    public static String text(StudyResult result) {
        List<TransferGain> gains = result.gains();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "study %s: %s, %d levels; %s, 95%% "
                + "intervals over seeds%n", result.studyId(), result.axis() == StudyAxis.TARGET_SIZE
                ? "target-set size (images of B)" : "A/B split, nearest first", result.levels().size(),
                result.metric()));
        out.append("gain over training from scratch (transfer net - baseB, paired by seed):\n");
        out.append(String.format(Locale.ROOT, "  %-12s %2s  %-26s %-26s%n", "level", "n", "AnB+ (fine-tuned)",
                "AnB (frozen)"));
        TreeSet<Integer> depths = new TreeSet<>();
        gains.forEach(gain -> depths.add(gain.depth()));
        for (StudyLevelResult level : result.levels()) {
            for (int n : depths) {
                out.append(String.format(Locale.ROOT, "  %-12s %2d  %-26s %-26s%n", level.label(), n,
                        gain(gains, level, Variant.ANB_PLUS, n), gain(gains, level, Variant.ANB, n)));
            }
        }
        Finding finding = result.finding();
        out.append(String.format(Locale.ROOT, "finding %s: %s%n  %s%n  test: %s%n", finding.key(),
                finding.verdict(), finding.claim(), finding.test()));
        for (Measure measure : finding.measures()) {
            out.append(String.format(Locale.ROOT, "  %s%s: %s = %s%n", measure.deciding() ? "deciding " : "",
                    measure.name(), measure.definition(), interval(measure.mean(), measure.ciLow(), measure.ciHigh(),
                            measure.seeds())));
        }
        out.append("  ").append(finding.reason()).append('\n');
        out.append("advice (best by ").append(result.metric()).append("; the cheapest shown to lose less than the "
                + "margin to the best, 95% bounds simultaneous over the level's choices):\n");
        for (LevelAdvice advice : result.advice()) {
            out.append(String.format(Locale.ROOT, "  %-12s best %s; cheapest within %.4f: %s%n", advice.level(),
                    choice(advice.best()), advice.margin(), advice.cheapest() == null ? "none shown"
                            : choice(advice.cheapest())));
        }
        if (result.predictions() != null && !result.predictions().isEmpty()) {
            out.append("predicted before training vs measured, over every level's seeds (Kendall's tau over the depths"
                    + " within each, mean [95% bootstrap interval], Holm-adjusted permutation p):\n");
            result.predictions().forEach(check -> out.append("  ").append(check.reading()).append('\n'));
        }
        return out.toString();
    }

    private static String gain(List<TransferGain> gains, StudyLevelResult level, Variant variant, int n) {
        Optional<TransferGain> gain = gains.stream().filter(g -> g.level().equals(level.label())
                && g.variant() == variant && g.depth() == n).findFirst();
        return gain.map(g -> interval(g.mean(), g.ciLow(), g.ciHigh(), g.seeds())).orElse("-");
    }

    private static String choice(Choice choice) {
        if (choice == null) {
            return "-";
        }
        String name = choice.variant().isBase() ? "baseB (from scratch)" : choice.variant().label(choice.depth());
        String accuracy = choice.ciLow() == null ? String.format(Locale.ROOT, "%.4f (%d seed)", choice.mean(),
                choice.seeds()) : String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", choice.mean(), choice.ciLow(),
                choice.ciHigh());
        return name + " " + accuracy
                + (choice.frozenLayers() > 0 ? " (" + choice.frozenLayers()
                + (choice.frozenLayers() == 1 ? " layer" : " layers") + " frozen)" : "")
                + (choice.maxLoss() == null ? ""
                : String.format(Locale.ROOT, ", loses at most %.4f", choice.maxLoss()));
    }

    private static String interval(Double mean, Double low, Double high, int seeds) {
        if (mean == null) {
            return "not measured";
        }
        return low == null ? String.format(Locale.ROOT, "%+.4f (%d seed)", mean, seeds)
                : String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f]", mean, low, high);
    }
}
