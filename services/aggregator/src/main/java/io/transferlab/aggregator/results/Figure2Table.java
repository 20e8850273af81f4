package io.transferlab.aggregator.results;

import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.spec.Variant;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Figure 2 of the paper as numbers: one cell per (variant, depth), each the mean and spread over seeds. Pure, so the
 * partial table of a running experiment and the published one of a complete experiment are computed the same way.
 */
public final class Figure2Table {

    /** The paper's order of the networks (the enum's), then shallow to deep. */
    private static final Comparator<ResultCell> ORDER =
            Comparator.comparing(ResultCell::variant).thenComparingInt(ResultCell::depth);

    private Figure2Table() {
    }

    /**
     * The cells of the given evaluations. Kafka delivers at least once, so a job evaluated twice counts once, with
     * its latest evaluation.
     */
    public static List<ResultCell> cells(Collection<EvaluationCompleted> evaluations) {
        Map<String, EvaluationCompleted> latestByJob = new LinkedHashMap<>();
        evaluations.forEach(evaluation -> latestByJob.put(evaluation.job().jobId(), evaluation));
        return latestByJob.values().stream()
                .collect(Collectors.groupingBy(Point::of))
                .entrySet().stream()
                .map(group -> cell(group.getKey(), group.getValue()))
                .sorted(ORDER)
                .toList();
    }

    private static ResultCell cell(Point point, List<EvaluationCompleted> seeds) {
        Stats test = Stats.of(seeds, evaluation -> evaluation.report().accuracy());
        Stats bestValidation = Stats.of(seeds, EvaluationCompleted::bestValidation);
        return new ResultCell(point.variant(), point.depth(), seeds.size(), test.mean(), test.std(),
                bestValidation.mean(), bestValidation.std());
    }

    /** A point of the figure; base nets copy nothing, so they sit at depth 0 whatever their job says. */
    private record Point(Variant variant, int depth) {
        static Point of(EvaluationCompleted evaluation) {
            Variant variant = evaluation.job().variant();
            return new Point(variant, variant.isBase() ? 0 : evaluation.job().depth());
        }
    }

    /** Mean and sample standard deviation (n - 1); a single seed has no spread, so 0 rather than NaN. */
    record Stats(double mean, double std) {
        static Stats of(List<EvaluationCompleted> seeds, ToDoubleFunction<EvaluationCompleted> metric) {
            double[] values = seeds.stream().mapToDouble(metric).toArray();
            double mean = 0;
            for (double value : values) {
                mean += value / values.length;
            }
            if (values.length < 2) {
                return new Stats(mean, 0);
            }
            double squares = 0;
            for (double value : values) {
                squares += (value - mean) * (value - mean);
            }
            return new Stats(mean, Math.sqrt(squares / (values.length - 1)));
        }
    }
}
