package io.transferlab.analysis;

import io.transferlab.contracts.messaging.MetricSummary;
import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.spec.Variant;

import java.util.List;

/** Result cells given by their numbers, as the table would compute them, for tests of what reads cells. */
public final class Cells {

    private Cells() {
    }

    /** A cell of {@code count} nets with these means and deviations on the two metrics every run has. */
    public static ResultCell cell(Variant variant, int depth, int count, double testMean, double testStd,
                                  double bestValidationMean, double bestValidationStd) {
        return new ResultCell(variant, depth, count, List.of(
                summary(Metric.BEST_VALIDATION, bestValidationMean, bestValidationStd, count),
                summary(Metric.TEST, testMean, testStd, count)));
    }

    private static MetricSummary summary(Metric metric, double mean, double std, int count) {
        double half = StudentT.halfWidth95(std, count);
        return new MetricSummary(metric.key(), mean, std, count, count < 2 ? null : mean - half,
                count < 2 ? null : mean + half);
    }
}
