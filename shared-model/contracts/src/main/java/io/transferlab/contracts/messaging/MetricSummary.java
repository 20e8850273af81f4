package io.transferlab.contracts.messaging;

/**
 * One metric of a result cell, summarised over the cell's nets that have a finite value on it. The interval is
 * computed where the table is (the analysis), so every reader (the page, the CLI, a downstream consumer) shows the
 * same one and none needs a t table.
 *
 * @param metric the metric's key, e.g. "bestValidation" or "test" (the aggregator's /catalog lists them)
 * @param mean   mean over those nets (NaN when none has a finite value)
 * @param std    their sample standard deviation (0 for one net)
 * @param count  how many nets have a finite value: what the mean and the interval are over
 * @param ciLow  lower end of the 95% confidence interval of the mean (Student's t over the nets); null for fewer than
 *               two nets, where there is no interval
 * @param ciHigh upper end of that interval; null where ciLow is
 */
public record MetricSummary(String metric, double mean, double std, int count, Double ciLow, Double ciHigh) {

    /** Half the interval's width; 0 where there is no interval (one net). */
    public double halfWidth() {
        return ciLow == null ? 0 : (ciHigh - ciLow) / 2;
    }
}
