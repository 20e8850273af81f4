package io.transferlab.analysis;

import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.MetricSummary;
import io.transferlab.contracts.messaging.ResultCell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The accuracies reported per net. Each is read from a net's evaluation, summarised in every result cell, judged by
 * the findings, offered by the CSV files, the figure, the CLI and the page (which read this list from the aggregator's
 * /catalog): adding a metric is adding a constant here. The declaration order is the order of the CSV columns.
 */
public enum Metric {
    /** The last checkpoint on the target half's test images: the larger held-out set. */
    TEST("test", "top-1 of the last checkpoint on the test images",
            "Top-1 accuracy on the test images, last checkpoint (secondary)", e -> e.report().accuracy()),
    /** The paper's metric: the mean of the k best validation scores seen during training. */
    BEST_VALIDATION("bestValidation", "mean of the best validation scores (the paper's metric)",
            "The paper's metric (primary): mean of the best validation accuracies",
            EvaluationCompleted::bestValidation);

    /** The metric whose verdicts answer the paper's question: listed, judged and drawn first. */
    public static final Metric PRIMARY = BEST_VALIDATION;

    private final String key;
    private final String description;
    private final String title;
    private final ToDoubleFunction<EvaluationCompleted> reading;

    Metric(String key, String description, String title, ToDoubleFunction<EvaluationCompleted> reading) {
        this.key = key;
        this.description = description;
        this.title = title;
        this.reading = reading;
    }

    /** Every metric, the primary one first, then in declaration order: the order of findings, cells and tables. */
    public static List<Metric> reported() {
        List<Metric> metrics = new ArrayList<>(List.of(PRIMARY));
        Arrays.stream(values()).filter(m -> m != PRIMARY).forEach(metrics::add);
        return metrics;
    }

    /**
     * The reported metrics the scores give (every one when there are no scores yet): a file of scores from elsewhere
     * may have only some, and a metric no net has is not judged.
     */
    public static List<Metric> givenIn(List<Score> scores) {
        return reported().stream().filter(m -> scores.isEmpty() || scores.stream().anyMatch(s -> s.has(m))).toList();
    }

    /** The metric named by its key, e.g. in a query parameter or a CSV header. */
    public static Metric fromKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown metric '" + key + "' (known: "
                        + Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", ")) + ")"));
    }

    /** The name used in messages, files and query parameters. */
    public String key() {
        return key;
    }

    /** What it measures, in a phrase: the figure's axis and the text tables' caption. */
    public String description() {
        return description;
    }

    /** A table's heading on the page. */
    public String title() {
        return title;
    }

    /** This metric's value for one evaluated net. */
    public double of(EvaluationCompleted evaluation) {
        return reading.applyAsDouble(evaluation);
    }

    public double of(Score score) {
        return score.value(this);
    }

    /** A cell's summary on this metric; none of its nets has a value (NaN, count 0) where the cell lacks it. */
    public MetricSummary of(ResultCell cell) {
        return cell.find(key).orElseGet(() -> new MetricSummary(key, Double.NaN, 0, 0, null, null));
    }
}
