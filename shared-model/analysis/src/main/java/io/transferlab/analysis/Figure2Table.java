package io.transferlab.analysis;

import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.spec.Variant;

import java.util.Comparator;
import java.util.List;
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
        Spread test = Spread.of(finite(seeds, Score::test));
        Spread bestValidation = Spread.of(finite(seeds, Score::bestValidation));
        return new ResultCell(point.variant(), point.depth(), seeds.size(), test.mean(), test.std(),
                bestValidation.mean(), bestValidation.std(), test.count(), bestValidation.count());
    }

    private static double[] finite(List<Score> seeds, ToDoubleFunction<Score> metric) {
        return seeds.stream().mapToDouble(metric).filter(Double::isFinite).toArray();
    }

    private record Point(Variant variant, int depth) {
    }
}
