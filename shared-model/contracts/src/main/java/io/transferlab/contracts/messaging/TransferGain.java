package io.transferlab.contracts.messaging;

import io.transferlab.contracts.spec.Variant;

/**
 * What transfer buys over training from scratch at one level of a study and one n: per seed, the transfer net's
 * accuracy minus the same seed's baseB, summarised over seeds.
 *
 * @param level   the level's label
 * @param variant AnB+ (fine-tuned) or AnB (frozen)
 * @param depth   n, the layers copied from the base net of A
 * @param mean    mean gain over seeds; null when no seed has both nets
 * @param ciLow   lower end of the 95% confidence interval of the mean (Student's t; null for fewer than two seeds)
 * @param ciHigh  upper end of that interval
 * @param seeds   seeds with both nets
 */
public record TransferGain(String level, Variant variant, int depth, Double mean, Double ciLow, Double ciHigh,
                           int seeds) {
}
