package io.transferlab.analysis;

import io.transferlab.contracts.messaging.ResultCell;

import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/** The two accuracies reported per net; the findings are computed on each. */
public enum Metric {
    /** The last checkpoint on the target half's test images: the larger held-out set. */
    TEST("test", "top-1 of the last checkpoint on the test images", Score::test, ResultCell::testMean,
            ResultCell::testStd, ResultCell::testCount),
    /** The paper's metric: the mean of the k best validation scores seen during training. */
    BEST_VALIDATION("bestValidation", "mean of the best validation scores (the paper's metric)",
            Score::bestValidation, ResultCell::bestValMean, ResultCell::bestValStd, ResultCell::bestValCount);

    private final String key;
    private final String description;
    private final ToDoubleFunction<Score> value;
    private final ToDoubleFunction<ResultCell> mean;
    private final ToDoubleFunction<ResultCell> std;
    private final ToIntFunction<ResultCell> count;

    Metric(String key, String description, ToDoubleFunction<Score> value, ToDoubleFunction<ResultCell> mean,
           ToDoubleFunction<ResultCell> std, ToIntFunction<ResultCell> count) {
        this.key = key;
        this.description = description;
        this.value = value;
        this.mean = mean;
        this.std = std;
        this.count = count;
    }

    /** The metric named by its key, e.g. in a query parameter. */
    public static Metric fromKey(String key) {
        for (Metric metric : values()) {
            if (metric.key.equals(key)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + key + "' (known: test, bestValidation)");
    }

    /** The name used in messages and files. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public double of(Score score) {
        return value.applyAsDouble(score);
    }

    /** A cell's mean over seeds on this metric. */
    public double mean(ResultCell cell) {
        return mean.applyAsDouble(cell);
    }

    /** A cell's standard deviation over seeds on this metric. */
    public double std(ResultCell cell) {
        return std.applyAsDouble(cell);
    }

    /** How many of a cell's nets have a finite value on this metric: what its mean and interval are over. */
    public int count(ResultCell cell) {
        return count.applyAsInt(cell);
    }
}
