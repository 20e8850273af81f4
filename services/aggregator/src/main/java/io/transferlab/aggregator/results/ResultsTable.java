package io.transferlab.aggregator.results;

import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Pairing;
import io.transferlab.contracts.messaging.Prediction;
import io.transferlab.contracts.messaging.ResultCell;

import java.util.List;

/**
 * The Figure 2 table of an experiment as it stands: partial while jobs are still running.
 *
 * @param experimentId the experiment
 * @param complete     whether every planned job is in it, and every seed's estimates
 * @param cells        one per (variant, depth) with at least one evaluation
 * @param findings     the paper's four findings on both metrics, as far as the evaluated nets allow
 * @param warnings     scores left out of the findings (not finite or conflicting) or counted once (duplicates)
 * @param variance     the sources of variance the intervals over seeds cover, in words
 * @param pairing      what pairing nets by seed bought on the primary metric
 * @param prediction   the estimates received so far and how they compare with the nets measured so far
 */
public record ResultsTable(String experimentId, boolean complete, List<ResultCell> cells, List<Finding> findings,
                           List<String> warnings, String variance, Pairing pairing,
                           Prediction prediction) {
}
