package io.transferlab.analysis.findings;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Score;
import io.transferlab.analysis.ScoreChecks;
import io.transferlab.contracts.spec.Variant;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The finite accuracies of one seed's nets on one metric. A measure compares nets of the same seed, whose base nets its
 * transfer nets were built from, so the pairing removes the base nets' own seed-to-seed spread.
 */
public final class SeedScores {

    private final Map<Variant, TreeMap<Integer, Double>> accuracy;

    /** @param seedScores one seed's scores, at most one per (variant, depth) */
    public SeedScores(List<Score> seedScores, Metric metric) {
        accuracy = seedScores.stream().filter(score -> Double.isFinite(metric.of(score)))
                .collect(Collectors.groupingBy(Score::variant,
                        Collectors.toMap(Score::depth, metric::of, (first, second) -> second, TreeMap::new)));
    }

    /** Each seed's scores on the metric, by seed; a net given twice counts once, the last. */
    public static TreeMap<Long, SeedScores> bySeed(List<Score> scores, Metric metric) {
        TreeMap<Long, SeedScores> bySeed = new TreeMap<>();
        ScoreChecks.distinct(scores).stream()
                .collect(Collectors.groupingBy(Score::seed, TreeMap::new, Collectors.toList()))
                .forEach((seed, seedScores) -> bySeed.put(seed, new SeedScores(seedScores, metric)));
        return bySeed;
    }

    /** The depths of {@code variant} this seed has a score for, in [from, to]. */
    public TreeMap<Integer, Double> window(Variant variant, int from, int to) {
        return new TreeMap<>(accuracy.getOrDefault(variant, new TreeMap<>()).subMap(from, true, to, true));
    }
}
