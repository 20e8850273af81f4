package io.transferlab.analysis;

import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Measure;

import java.util.List;
import java.util.Locale;

/** The findings as CSV, one row per measure, with the finding's verdict and p-value repeated on each of its rows. */
public final class FindingsCsv {

    public static final String HEADER = "metric,primary,number,finding,verdict,p,measure,deciding,definition,mean,std,"
            + "ci_low,ci_high,seeds,paper";

    private FindingsCsv() {
    }

    public static String write(List<Finding> findings) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Finding finding : findings) {
            for (Measure measure : finding.measures()) {
                csv.append(String.join(",", finding.metric(), Boolean.toString(finding.primary()),
                        Integer.toString(finding.number()), finding.key(), finding.verdict().name(),
                        number(finding.p()), quoted(measure.name()), Boolean.toString(measure.deciding()),
                        quoted(measure.definition()), number(measure.mean()), number(measure.std()),
                        number(measure.ciLow()), number(measure.ciHigh()), Integer.toString(measure.seeds()),
                        number(measure.paper()))).append('\n');
            }
        }
        return csv.toString();
    }

    /** Empty where there is no value. */
    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
    }

    /** Names and definitions hold commas ("n = 3, 4, 5"): quoted, with quotes doubled. */
    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
