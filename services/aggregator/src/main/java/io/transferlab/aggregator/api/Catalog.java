package io.transferlab.aggregator.api;

import io.transferlab.analysis.Metric;
import io.transferlab.contracts.messaging.TransferEstimator;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.Variant;

import java.util.Arrays;
import java.util.List;

/**
 * What a reader of the results needs to know of the variants, the metrics and the transfer estimators, served so that
 * the page keeps no copy of any list: one added in code appears on the page as it is.
 *
 * @param variants   every variant, in the paper's order (the table's columns)
 * @param metrics    every metric, the primary one first (the page's tables)
 * @param estimators every transfer estimator (the predicted panel's columns)
 */
public record Catalog(List<VariantEntry> variants, List<MetricEntry> metrics, List<EstimatorEntry> estimators) {

    /**
     * @param label     the paper's name, as cells and requests write it
     * @param target    the half it is trained and scored on
     * @param source    the half whose base net it copies layers from; null for base nets and random controls
     * @param fineTuned whether the copied layers train on
     * @param base      whether it is a base net (drawn at n = 0)
     * @param control   whether it is a random-weights control
     */
    public record VariantEntry(String label, Half target, Half source, boolean fineTuned, boolean base,
                               boolean control) {
    }

    /**
     * @param key         the name in cells, files and query parameters
     * @param title       a table's heading
     * @param description what it measures, in a phrase
     * @param primary     whether the findings on it answer the paper's question
     */
    public record MetricEntry(String key, String title, String description, boolean primary) {
    }

    /**
     * @param key   the name in a prediction's cells and checks
     * @param title a table's heading
     */
    public record EstimatorEntry(String key, String title) {
    }

    static Catalog current() {
        return new Catalog(
                Arrays.stream(Variant.values()).map(v -> new VariantEntry(v.label(), v.target(),
                        v.source().orElse(null), v.fineTuned(), v.isBase(), v.isControl())).toList(),
                Metric.reported().stream().map(m -> new MetricEntry(m.key(), m.title(), m.description(),
                        m == Metric.PRIMARY)).toList(),
                Arrays.stream(TransferEstimator.values()).map(e -> new EstimatorEntry(e.key(), e.title())).toList());
    }
}
