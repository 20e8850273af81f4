package io.transferlab.contracts.messaging;

import io.transferlab.contracts.plan.PlannedJob;

/**
 * A final checkpoint scored on its target half's held-out test images.
 *
 * @param job            the job
 * @param checkpointId   the checkpoint scored
 * @param report         top-1, loss, per-class accuracy, confusion matrix
 * @param bestValidation the paper's metric: mean of the best k validation scores during training
 * @param provenance     the checkpoint's provenance
 */
public record EvaluationCompleted(PlannedJob job, String checkpointId, EvaluationReport report, double bestValidation,
                                  Provenance provenance) {
}
