package io.transferlab.analysis;

import io.transferlab.contracts.messaging.ResultCell;

import java.util.List;
import java.util.Locale;

/** The Figure 2 table as CSV, one row per cell, for a spreadsheet or a plotting script. */
public final class Figure2Csv {

    public static final String HEADER = "variant,n,count,test_mean,test_std,best_val_mean,best_val_std";

    private Figure2Csv() {
    }

    public static String write(List<ResultCell> cells) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (ResultCell cell : cells) {
            // Labels are the paper's ("AnB+"): no commas or quotes, so no CSV quoting is needed.
            csv.append(cell.variant().label()).append(',')
                    .append(cell.depth()).append(',')
                    .append(cell.count()).append(',')
                    .append(number(cell.testMean())).append(',')
                    .append(number(cell.testStd())).append(',')
                    .append(number(cell.bestValMean())).append(',')
                    .append(number(cell.bestValStd())).append('\n');
        }
        return csv.toString();
    }

    /** Six decimals: well below the spread between seeds, and never in exponent notation. */
    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
