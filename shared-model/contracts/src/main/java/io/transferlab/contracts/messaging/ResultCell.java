package io.transferlab.contracts.messaging;

import io.transferlab.contracts.spec.Variant;

/**
 * One point of Figure 2, over seeds.
 *
 * @param variant     which network
 * @param depth       n (0 for base nets)
 * @param count       seeds
 * @param testMean    mean top-1 of the last checkpoint on the test part
 * @param testStd     its sample standard deviation (0 for one seed)
 * @param bestValMean mean of the paper's metric (best-k validation mean)
 * @param bestValStd  its sample standard deviation
 */
public record ResultCell(Variant variant, int depth, int count, double testMean, double testStd, double bestValMean,
                         double bestValStd) {
}
