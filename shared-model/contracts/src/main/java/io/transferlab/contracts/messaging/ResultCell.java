package io.transferlab.contracts.messaging;

import io.transferlab.contracts.spec.Variant;

/**
 * One point of Figure 2, over seeds.
 *
 * @param variant     which network
 * @param depth       n (0 for base nets)
 * @param count        nets scored (one per seed)
 * @param testMean     mean top-1 of the last checkpoint on the test part
 * @param testStd      its sample standard deviation (0 for one seed)
 * @param bestValMean  mean of the paper's metric (best-k validation mean)
 * @param bestValStd   its sample standard deviation
 * @param testCount    nets with a finite test accuracy: what testMean and its interval are over
 * @param bestValCount nets with a finite best-validation score: what bestValMean and its interval are over (a net
 *                     that recorded no validation score has none)
 */
public record ResultCell(Variant variant, int depth, int count, double testMean, double testStd, double bestValMean,
                         double bestValStd, int testCount, int bestValCount) {

    /** A cell whose every net has a finite value on both metrics. */
    public ResultCell(Variant variant, int depth, int count, double testMean, double testStd, double bestValMean,
                      double bestValStd) {
        this(variant, depth, count, testMean, testStd, bestValMean, bestValStd, count, count);
    }
}
