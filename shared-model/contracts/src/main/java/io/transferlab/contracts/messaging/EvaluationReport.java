package io.transferlab.contracts.messaging;

import java.util.List;

/**
 * A net scored on its target half's held-out test images.
 *
 * @param images           test images scored
 * @param accuracy         top-1 accuracy
 * @param loss             mean cross-entropy
 * @param perClassAccuracy recall of each class, in the half's relabelled order
 * @param confusion        confusion[actual][predicted] counts
 */
public record EvaluationReport(int images, double accuracy, double loss, List<Double> perClassAccuracy,
                               List<List<Integer>> confusion) {
}
