package io.transferlab.contracts.messaging;

/**
 * What pairing by seed bought in one experiment: every measure compares nets of one seed, which share that seed's
 * data draw, batch order and initial weights. Measured over every transfer net against its seed's baseB on the
 * primary metric.
 *
 * @param correlation   mean correlation over seeds of a transfer net with its seed's baseB (0: pairing buys nothing)
 * @param varianceShare mean of var(net - baseB) / (var(net) + var(baseB)): the variance pairing left (1 - it is what
 *                      pairing removed; above 1, pairing cost)
 * @param comparisons   transfer cells it is the mean over (three or more seeds, spread on both sides); 0 when none
 */
public record Pairing(double correlation, double varianceShare, int comparisons) {
}
