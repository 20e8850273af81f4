package io.transferlab.contracts.messaging;

import io.transferlab.contracts.spec.Variant;

/**
 * How well one estimator, on baseA's features, ranks the depths as the sweep measured one transfer variant: Kendall's
 * tau-b between the estimate and the measured score over the depths, within each seed (a seed's estimate and its
 * transfer nets share that seed's baseA), averaged over the seeds (or a study's level-seeds).
 *
 * @param estimator the estimator's key ({@link TransferEstimator#key()})
 * @param variant   the measured variant (AnB or AnB+)
 * @param metric    the measured metric's key (the primary one)
 * @param tau       mean of the per-seed taus, in [-1, 1]; NaN where no seed had two depths to rank
 * @param ciLow     lower end of the 95% bootstrap interval over seeds (percentile); null for fewer than two seeds
 * @param ciHigh    upper end; null where ciLow is
 * @param p         two-sided permutation p-value of the mean tau against estimates unrelated to the depths' order
 *                  (each seed's estimates shuffled over its depths); never 0; null where tau is NaN
 * @param seeds     how many seeds (or level-seeds) went in
 * @param reading   the verdict in one line, e.g. "LogME ranks the depths as AnB measured them: tau 0.83 [0.67, 1.00],
 *                  p 0.002"
 */
public record PredictionCheck(String estimator, Variant variant, String metric, double tau, Double ciLow,
                              Double ciHigh, Double p, int seeds, String reading) {
}
