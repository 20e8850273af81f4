package io.transferlab.analysis;

import io.transferlab.contracts.messaging.MetricSummary;
import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.spec.Variant;

import java.util.Comparator;
import java.util.List;
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

    /** The cells of the distinct scores (see {@link ScoreChecks#distinct}). */
    public static List<ResultCell> cells(List<Score> scores) {
        return ScoreChecks.distinct(scores).stream()
                .collect(Collectors.groupingBy(score -> new Point(score.variant(), score.depth())))
                .entrySet().stream()
                .map(group -> cell(group.getKey(), group.getValue()))
                .sorted(ORDER)
                .toList();
    }

    /**
     * A non-finite score (a net that recorded no validation score) is left out of its metric's mean, as the findings
     * leave it out, so one NaN does not blank a cell; the checks report it. Each metric's interval is over its finite
     * values, so the cell carries their count per metric beside the nets scored.
     */
    private static ResultCell cell(Point point, List<Score> seeds) {
        return new ResultCell(point.variant(), point.depth(), seeds.size(),
                Metric.reported().stream().map(metric -> summary(metric, seeds)).toList());
    }

    /** The mean with its 95% interval over the nets (Student's t); no interval for fewer than two. */
    private static MetricSummary summary(Metric metric, List<Score> seeds) {
        Spread spread = Spread.of(seeds.stream().mapToDouble(metric::of).filter(Double::isFinite).toArray());
        double half = StudentT.halfWidth95(spread.std(), spread.count());
        boolean interval = spread.count() >= 2;
        return new MetricSummary(metric.key(), spread.mean(), spread.std(), spread.count(),
                interval ? spread.mean() - half : null, interval ? spread.mean() + half : null);
    }

    private record Point(Variant variant, int depth) {
    }
}
