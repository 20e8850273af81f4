package io.transferlab.analysis.study;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Resolution;
import io.transferlab.analysis.Spread;
import io.transferlab.analysis.StudentT;
import io.transferlab.analysis.findings.SeedScores;
import io.transferlab.analysis.findings.VerdictRule;
import io.transferlab.contracts.messaging.Choice;
import io.transferlab.contracts.messaging.LevelAdvice;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a practitioner should do at one level. The choices are the ones open to someone with a target task and a net
 * trained on another: train from scratch (baseB), or copy n layers and freeze them (AnB) or fine-tune them (AnB+).
 * The best is the highest mean on the metric. The cheapest is the choice with the most frozen layers (a frozen layer
 * costs no backward pass and, with the cached prefix, no forward pass either) that is shown to lose less than the
 * margin to the best choice, whichever that truly is: an equivalence claim, not "no difference was found", which
 * few seeds would make easy. It uses multiple comparisons with the best (Hsu 1981): choice i loses at most
 * max over j of the upper 95% bound of (j - i), paired by seed, each bound one-sided at 5% / (choices - 1), so the
 * bounds hold together for every choice, whichever is best and however the best was picked from the means.
 */
public final class Advice {

    private static final double LEVEL = 0.05;

    private Advice() {
    }

    /** @param margin the accuracy a cheaper choice may lose against the best and still be advised */
    public static LevelAdvice of(StudyLevel level, Metric metric, double margin) {
        Map<Long, SeedScores> seeds = SeedScores.bySeed(level.scores(), metric);
        double resolution = Resolution.of(level.scores().stream().mapToDouble(metric::of).toArray());
        List<Option> values = options(seeds);
        if (values.isEmpty()) {
            return new LevelAdvice(level.label(), null, null, margin,
                    "no advice: neither baseB nor a transfer net was run");
        }
        List<Choice> choices = values.stream().map(o -> o.choice(maxLoss(o, values, resolution))).toList();
        Choice best = choices.stream().max(Comparator.comparingDouble(Choice::mean)).orElseThrow();
        Choice cheapest = choices.stream().filter(c -> c.maxLoss() != null && c.maxLoss() < margin)
                .max(Comparator.comparingInt(Choice::frozenLayers).thenComparingDouble(Choice::mean)).orElse(null);
        String reason = String.format(Locale.ROOT, "best by mean: %s (%.4f over %d seeds); ", name(best), best.mean(),
                best.seeds());
        if (cheapest == null) {
            reason += String.format(Locale.ROOT, "no choice is shown to lose less than %.4f to the best (95%%, "
                    + "simultaneous over %d choices)%s", margin, choices.size(), best.seeds() < 2
                    ? ": one seed shows nothing, run two or more" : ": more seeds would narrow the bounds");
        } else {
            reason += String.format(Locale.ROOT, "cheapest shown within %.4f of the best: %s, %d frozen layers; it "
                            + "loses at most %.4f to the best choice (95%% upper bound, simultaneous over %d choices, "
                            + "paired by seed)", margin, name(cheapest), cheapest.frozenLayers(), cheapest.maxLoss(),
                    choices.size());
        }
        return new LevelAdvice(level.label(), best, cheapest, margin, reason);
    }

    /**
     * The upper bound of what the option loses to the best of the others, or null where a comparison cannot be
     * bounded (fewer than two seeds in common, or a spread the t-test cannot use).
     */
    private static Double maxLoss(Option option, List<Option> options, double resolution) {
        double bound = 0;
        for (Option other : options) {
            if (other == option) {
                continue;
            }
            List<Double> differences = new ArrayList<>();
            other.bySeed().forEach((seed, value) -> {
                if (option.bySeed().containsKey(seed)) {
                    differences.add(value - option.bySeed().get(seed));
                }
            });
            Spread spread = Spread.of(differences.stream().mapToDouble(Double::doubleValue).toArray());
            if (VerdictRule.untestable(spread, resolution).isPresent()) {
                return null;
            }
            double critical = StudentT.quantile(1 - LEVEL / (options.size() - 1), spread.count() - 1);
            bound = Math.max(bound, spread.mean() + critical * spread.std() / Math.sqrt(spread.count()));
        }
        return bound;
    }

    private static List<Option> options(Map<Long, SeedScores> seeds) {
        List<Option> options = new ArrayList<>();
        add(options, Variant.BASE_B, 0, seeds);
        for (Variant variant : TransferGains.TRANSFER) {
            TransferGains.depths(seeds, variant).forEach(depth -> add(options, variant, depth, seeds));
        }
        return options;
    }

    private static void add(List<Option> options, Variant variant, int depth, Map<Long, SeedScores> seeds) {
        Map<Long, Double> bySeed = new TreeMap<>();
        seeds.forEach((seed, scores) -> {
            Double value = scores.window(variant, depth, depth).get(depth);
            if (value != null) {
                bySeed.put(seed, value);
            }
        });
        if (!bySeed.isEmpty()) {
            options.add(new Option(variant, depth, bySeed));
        }
    }

    private static String name(Choice choice) {
        return choice.variant().isBase() ? "baseB (from scratch)"
                : choice.variant().label() + " at n = " + choice.depth();
    }

    private record Option(Variant variant, int depth, Map<Long, Double> bySeed) {

        Choice choice(Double maxLoss) {
            PairedValues values = new PairedValues(bySeed);
            return new Choice(variant, depth, values.mean(), values.ciLow(), values.ciHigh(), bySeed.size(),
                    variant.freezesPrefix() ? depth : 0, maxLoss);
        }
    }
}
