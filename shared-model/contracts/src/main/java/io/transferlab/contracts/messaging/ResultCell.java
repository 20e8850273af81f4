package io.transferlab.contracts.messaging;

import io.transferlab.contracts.spec.Variant;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One point of Figure 2, over seeds.
 *
 * @param variant which network
 * @param depth   n (0 for base nets)
 * @param count   nets scored (one per seed)
 * @param metrics each reported metric over those nets, the primary one first
 */
public record ResultCell(Variant variant, int depth, int count, List<MetricSummary> metrics) {

    public ResultCell {
        metrics = List.copyOf(metrics);
    }

    /** The cell's summary on the metric with this key, if it has one. */
    public Optional<MetricSummary> find(String key) {
        return metrics.stream().filter(m -> m.metric().equals(key)).findFirst();
    }

    /** The cell's summary on the metric with this key. */
    public MetricSummary metric(String key) {
        return find(key).orElseThrow(() -> new NoSuchElementException(variant.label(depth) + " has no metric '" + key
                + "'"));
    }
}
