package io.transferlab.contracts.messaging;

import io.transferlab.contracts.spec.Variant;

/**
 * One way to train the target task: from scratch (baseB), or copying n layers from the base net of A, frozen (AnB)
 * or fine-tuned (AnB+), with its accuracy on the study's metric.
 *
 * @param variant      baseB, AnB or AnB+
 * @param depth        n; 0 for baseB
 * @param mean         mean accuracy over seeds
 * @param ciLow        lower end of its 95% confidence interval (null for fewer than two seeds)
 * @param ciHigh       upper end of that interval
 * @param seeds        seeds measured
 * @param frozenLayers layers that are not trained (n for AnB, else 0): each makes a step cheaper
 * @param maxLoss      the most it loses to the best choice, whichever that truly is: a 95% upper bound,
 *                     simultaneous over the level's choices and paired by seed (0 when it may be the best); null
 *                     where it cannot be bounded (one seed, no spread)
 */
public record Choice(Variant variant, int depth, double mean, Double ciLow, Double ciHigh, int seeds,
                     int frozenLayers, Double maxLoss) {
}
