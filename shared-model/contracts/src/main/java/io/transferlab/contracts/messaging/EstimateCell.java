package io.transferlab.contracts.messaging;

/**
 * One estimator at one depth, over the experiment's seeds: the "predicted" panel's cell.
 *
 * @param estimator the estimator's key ({@link TransferEstimator#key()})
 * @param depth     n
 * @param onA       mean over seeds on baseA's features
 * @param onRandom  mean over seeds on the random control's features: what no transfer scores
 * @param seeds     how many seeds the means are over
 */
public record EstimateCell(String estimator, int depth, double onA, double onRandom, int seeds) {
}
