package io.transferlab.contracts.messaging;

import java.util.List;

/**
 * The Figure 2 table of a complete experiment: one cell per variant and depth, over seeds.
 *
 * @param experimentId the experiment
 * @param specDigest   digest of its resolved spec
 * @param cells        one per (variant, depth); base nets at depth 0
 * @param jobs         nets evaluated
 * @param completedAt  epoch milliseconds
 */
public record ExperimentResult(String experimentId, String specDigest, List<ResultCell> cells, int jobs,
                               long completedAt) {
}
