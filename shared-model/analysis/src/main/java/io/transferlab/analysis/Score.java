package io.transferlab.analysis;

import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.spec.Variant;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluated net, reduced to what the figure and the findings need.
 *
 * @param variant which network
 * @param depth   n; 0 for base nets, whatever their job said, since they copy nothing
 * @param seed    the sweep seed
 * @param values  the net's value on each metric; a metric missing here has none (NaN), as a net that recorded no
 *                validation score has no best-validation value
 */
public record Score(Variant variant, int depth, long seed, Map<Metric, Double> values) {

    public Score {
        depth = variant.isBase() ? 0 : depth;
        values = Map.copyOf(values);
    }

    /** A net with a value on the two metrics every evaluation has. */
    public Score(Variant variant, int depth, long seed, double test, double bestValidation) {
        this(variant, depth, seed, Map.of(Metric.TEST, test, Metric.BEST_VALIDATION, bestValidation));
    }

    /** Whether the net was given a value on the metric (NaN included), as against a metric its source never had. */
    public boolean has(Metric metric) {
        return values.containsKey(metric);
    }

    /** The net's value on a metric; NaN where it has none. */
    public double value(Metric metric) {
        return values.getOrDefault(metric, Double.NaN);
    }

    /**
     * The scores of the given evaluations. Kafka delivers at least once, so a job evaluated twice counts once, with
     * its latest evaluation.
     */
    public static List<Score> of(Collection<EvaluationCompleted> evaluations) {
        Map<String, EvaluationCompleted> latestByJob = new LinkedHashMap<>();
        evaluations.forEach(evaluation -> latestByJob.put(evaluation.job().jobId(), evaluation));
        return latestByJob.values().stream().map(Score::of).toList();
    }

    private static Score of(EvaluationCompleted evaluation) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        Arrays.stream(Metric.values()).forEach(metric -> values.put(metric, metric.of(evaluation)));
        return new Score(evaluation.job().variant(), evaluation.job().depth(), evaluation.job().seed(), values);
    }
}
