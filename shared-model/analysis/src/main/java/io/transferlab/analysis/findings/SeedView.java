package io.transferlab.analysis.findings;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Score;
import io.transferlab.contracts.spec.Variant;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * The nets of one seed on one metric: a measure compares nets of the same seed, whose base nets its transfer nets
 * were built from, so the pairing removes the base nets' own seed-to-seed spread.
 */
final class SeedView {

    private final Map<Variant, TreeMap<Integer, Double>> accuracy;

    SeedView(List<Score> seedScores, Metric metric) {
        accuracy = seedScores.stream().collect(Collectors.groupingBy(Score::variant,
                Collectors.toMap(Score::depth, metric::of, (first, second) -> second, TreeMap::new)));
    }

    OptionalDouble base(Variant base) {
        return at(base, 0);
    }

    OptionalDouble at(Variant variant, int depth) {
        Double value = series(variant).get(depth);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** The lowest accuracy among the given depths that were run; empty if none was. */
    OptionalDouble min(Variant variant, IntPredicate depths) {
        return series(variant).entrySet().stream().filter(e -> depths.test(e.getKey()))
                .mapToDouble(Map.Entry::getValue).min();
    }

    OptionalDouble mean(Variant variant, IntPredicate depths) {
        return series(variant).entrySet().stream().filter(e -> depths.test(e.getKey()))
                .mapToDouble(Map.Entry::getValue).average();
    }

    /** Mean over the depths where both were run of (first - second). */
    OptionalDouble meanDifference(Variant first, Variant second, IntPredicate depths) {
        TreeMap<Integer, Double> other = series(second);
        return series(first).entrySet().stream()
                .filter(e -> depths.test(e.getKey()) && other.containsKey(e.getKey()))
                .mapToDouble(e -> e.getValue() - other.get(e.getKey())).average();
    }

    /** The shallowest depth run, -1 if none. */
    int shallowestDepth(Variant variant) {
        TreeMap<Integer, Double> series = series(variant);
        return series.isEmpty() ? -1 : series.firstKey();
    }

    /** The deepest depth run among the given ones, -1 if none. */
    int deepestDepth(Variant variant, IntPredicate depths) {
        return series(variant).descendingKeySet().stream().filter(depths::test).findFirst().orElse(-1);
    }

    /** a - b when both were measured. */
    static OptionalDouble minus(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() && b.isPresent() ? OptionalDouble.of(a.getAsDouble() - b.getAsDouble())
                : OptionalDouble.empty();
    }

    private TreeMap<Integer, Double> series(Variant variant) {
        return accuracy.getOrDefault(variant, new TreeMap<>());
    }
}
