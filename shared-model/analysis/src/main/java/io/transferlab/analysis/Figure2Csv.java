package io.transferlab.analysis;

import io.transferlab.contracts.messaging.MetricSummary;
import io.transferlab.contracts.messaging.ResultCell;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Figure 2 table as CSV, one row per cell, for a spreadsheet or a plotting script: the cell, then five columns
 * per metric (in {@link Metric}'s order), e.g. {@code test_mean,test_std,test_ci_low,test_ci_high,test_count}. An
 * interval a cell of one net does not have is an empty field.
 */
public final class Figure2Csv {

    public static final String HEADER = "variant,n,count," + Arrays.stream(Metric.values())
            .map(m -> String.join(",", m.key() + "_mean", m.key() + "_std", m.key() + "_ci_low", m.key() + "_ci_high",
                    m.key() + "_count"))
            .collect(Collectors.joining(","));

    private Figure2Csv() {
    }

    public static String write(List<ResultCell> cells) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (ResultCell cell : cells) {
            // Labels are the paper's ("AnB+"): no commas or quotes, so no CSV quoting is needed.
            csv.append(cell.variant().label()).append(',').append(cell.depth()).append(',').append(cell.count());
            for (Metric metric : Metric.values()) {
                MetricSummary summary = metric.of(cell);
                csv.append(',').append(number(summary.mean())).append(',').append(number(summary.std()))
                        .append(',').append(number(summary.ciLow())).append(',').append(number(summary.ciHigh()))
                        .append(',').append(summary.count());
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** Six decimals: well below the spread between seeds, and never in exponent notation; empty for none. */
    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
