package io.transferlab.contracts.messaging;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How far a net has trained; stored in every checkpoint so that an interrupted job resumes where it stopped.
 *
 * @param epoch           completed epochs
 * @param iteration       completed mini-batch steps, over all epochs
 * @param totalIterations steps the budget allows
 * @param validations     every validation pass so far, oldest first
 */
public record TrainingProgress(int epoch, long iteration, long totalIterations, List<ValidationPoint> validations) {

    public TrainingProgress {
        validations = List.copyOf(validations);
    }

    public static TrainingProgress start(long totalIterations) {
        return new TrainingProgress(0, 0, totalIterations, List.of());
    }

    public boolean finished() {
        return iteration >= totalIterations;
    }

    /** The paper's metric: the mean of the best k validation scores seen during training. */
    public OptionalDouble bestMean(int k) {
        return validations.stream().map(ValidationPoint::accuracy).sorted(Comparator.reverseOrder()).limit(k)
                .mapToDouble(Double::doubleValue).average();
    }
}
