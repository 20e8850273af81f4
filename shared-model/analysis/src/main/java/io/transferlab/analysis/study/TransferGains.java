package io.transferlab.analysis.study;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.findings.SeedScores;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.messaging.TransferGain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The gain of transfer over training from scratch, per level and n: per seed, AnB+ (fine-tuned) or AnB (frozen) at n
 * minus the same seed's baseB. Pairing within a seed removes the seed's own luck, which both nets share.
 */
public final class TransferGains {

    /** The two ways a practitioner transfers: fine-tuned first, as the paper recommends. */
    public static final List<Variant> TRANSFER = List.of(Variant.ANB_PLUS, Variant.ANB);

    private TransferGains() {
    }

    public static List<TransferGain> of(List<StudyLevel> levels, Metric metric) {
        List<TransferGain> gains = new ArrayList<>();
        for (StudyLevel level : levels) {
            Map<Long, SeedScores> seeds = SeedScores.bySeed(level.scores(), metric);
            for (Variant variant : TRANSFER) {
                for (int depth : depths(seeds, variant)) {
                    PairedValues gain = gain(seeds, variant, new TreeSet<>(Set.of(depth)));
                    gains.add(new TransferGain(level.label(), variant, depth, gain.mean(), gain.ciLow(),
                            gain.ciHigh(), gain.bySeed().size()));
                }
            }
        }
        return gains;
    }

    /** Per seed, the mean over the depths of (variant at n - baseB), for the seeds with baseB and every depth run. */
    static PairedValues gain(Map<Long, SeedScores> seeds, Variant variant, SortedSet<Integer> depths) {
        Map<Long, Double> bySeed = new TreeMap<>();
        seeds.forEach((seed, scores) -> {
            Double base = scores.window(Variant.BASE_B, 0, 0).get(0);
            TreeMap<Integer, Double> run = scores.window(variant, 1, Integer.MAX_VALUE);
            if (base != null && !depths.isEmpty() && run.keySet().containsAll(depths)) {
                bySeed.put(seed, depths.stream().mapToDouble(run::get).average().orElseThrow() - base);
            }
        });
        return new PairedValues(bySeed);
    }

    /** The depths of the variant that any seed ran. */
    static SortedSet<Integer> depths(Map<Long, SeedScores> seeds, Variant variant) {
        SortedSet<Integer> depths = new TreeSet<>();
        seeds.values().forEach(scores -> depths.addAll(scores.window(variant, 1, Integer.MAX_VALUE).keySet()));
        return depths;
    }
}
