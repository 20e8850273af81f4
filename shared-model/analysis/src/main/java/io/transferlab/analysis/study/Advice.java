package io.transferlab.analysis.study;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Spread;
import io.transferlab.analysis.findings.SeedScores;
import io.transferlab.analysis.findings.VerdictRule;
import io.transferlab.contracts.messaging.Verdict;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.messaging.Choice;
import io.transferlab.contracts.messaging.LevelAdvice;

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
 * costs no backward pass and, with the cached prefix, no forward pass either) whose paired difference to the best,
 * seed by seed, is within the noise by the findings' rule (two-sided t-test at 95%); ties go to the higher mean.
 */
public final class Advice {

    private Advice() {
    }

    public static LevelAdvice of(StudyLevel level, Metric metric) {
        Map<Long, SeedScores> seeds = SeedScores.bySeed(level.scores(), metric);
        List<Option> options = options(seeds);
        if (options.isEmpty()) {
            return new LevelAdvice(level.label(), null, null, "no advice: neither baseB nor a transfer net was run");
        }
        Option best = options.stream().max(Comparator.comparingDouble(o -> o.values.spread().mean())).orElseThrow();
        Option cheapest = best;
        String noise = "";
        for (Option option : options) {
            Map<Long, Double> difference = new TreeMap<>();
            option.values.bySeed().forEach((seed, value) -> {
                if (best.values.bySeed().containsKey(seed)) {
                    difference.put(seed, value - best.values.bySeed().get(seed));
                }
            });
            if (option == best || difference.size() < 2) {
                continue; // with one seed nothing is known to be within the noise
            }
            Spread spread = Spread.of(difference.values().stream().mapToDouble(Double::doubleValue).toArray());
            boolean withinNoise = VerdictRule.judge(spread).verdict() == Verdict.INCONCLUSIVE;
            if (withinNoise && cheaper(option, cheapest)) {
                cheapest = option;
                noise = VerdictRule.judge(spread).reason();
            }
        }
        String reason = String.format(Locale.ROOT, "best: %s (%.4f over %d seeds)", name(best),
                best.values.spread().mean(), best.values.bySeed().size());
        reason += cheapest == best ? "; nothing cheaper is within the noise of it"
                + (best.values.bySeed().size() < 2 ? " (one seed: run two or more to know)" : "")
                : String.format(Locale.ROOT, "; cheapest within the noise: %s, frozen layers: %d (difference %s)",
                name(cheapest), cheapest.choice().frozenLayers(), noise);
        return new LevelAdvice(level.label(), best.choice(), cheapest.choice(), reason);
    }

    private static boolean cheaper(Option option, Option than) {
        int frozen = Integer.compare(option.choice().frozenLayers(), than.choice().frozenLayers());
        return frozen > 0 || frozen == 0 && option.values.spread().mean() > than.values.spread().mean();
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
            PairedValues values = new PairedValues(bySeed);
            options.add(new Option(new Choice(variant, depth, values.mean(), values.ciLow(), values.ciHigh(),
                    bySeed.size(), variant == Variant.ANB ? depth : 0), values));
        }
    }

    private static String name(Option option) {
        return option.choice().variant().isBase() ? "baseB (from scratch)"
                : option.choice().variant().label() + " at n = " + option.choice().depth();
    }

    private record Option(Choice choice, PairedValues values) {
    }
}
