package io.transferlab.contracts.messaging;

import java.util.List;

/**
 * The Figure 2 table of a complete experiment: one cell per variant and depth, over seeds.
 *
 * @param experimentId the experiment
 * @param specDigest   digest of its resolved spec
 * @param cells        one per (variant, depth); base nets at depth 0
 * @param findings     the paper's four findings on both metrics, each with its verdict
 * @param warnings     scores left out of the findings (not finite or given with conflicting values) or counted once
 *                     (identical duplicates), one line each
 * @param variance     the sources of variance the intervals over seeds cover, in words (from the spec's data draw)
 * @param pairing      what pairing nets by seed bought on the primary metric
 * @param prediction   the transfer estimates made from the base nets alone, and how well they ranked the depths;
 *                     null in results published before estimates existed
 * @param jobs         nets evaluated
 * @param completedAt  epoch milliseconds
 */
public record ExperimentResult(String experimentId, String specDigest, List<ResultCell> cells, List<Finding> findings,
                               List<String> warnings, String variance, Pairing pairing, Prediction prediction,
                               int jobs, long completedAt) {
}
