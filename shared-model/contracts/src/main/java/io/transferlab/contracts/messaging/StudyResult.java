package io.transferlab.contracts.messaging;

import io.transferlab.contracts.spec.StudyAxis;

import java.util.List;

/**
 * A complete study: per level its experiment (whose own result event carries its Figure 2 and the paper's four
 * findings), across levels the gain of transfer over training from scratch, the study's finding and the advice.
 * Published once per study to transferlab.study-results, as a CloudEvent of its own type.
 *
 * @param studyId     the study
 * @param axis        what it varies
 * @param levels      its levels, in the request's order
 * @param metric      the accuracy everything here is computed on: "bestValidation", the paper's
 * @param gains       AnB+ and AnB minus baseB, per level and n, with 95% intervals over seeds
 * @param finding     the axis's finding (small-target or task-distance), called by the paper's rule
 * @param advice      per level: the best choice, and the cheapest shown to lose less than the margin to it
 * @param predictions each transfer estimator against each measured transfer variant over every level's seeds (one
 *                    Holm family): whether the estimates rank the depths as the sweep did across the study; null in
 *                    results published before estimates existed
 * @param completedAt epoch milliseconds
 */
public record StudyResult(String studyId, StudyAxis axis, List<StudyLevelResult> levels, String metric,
                          List<TransferGain> gains, Finding finding, List<LevelAdvice> advice, List<PredictionCheck> predictions,
                          long completedAt) {
}
