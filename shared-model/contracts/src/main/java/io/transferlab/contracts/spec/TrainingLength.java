package io.transferlab.contracts.spec;

/**
 * How long each net trains: a number of passes over its training part, or of mini-batch steps.
 *
 * @param unit  epochs or iterations
 * @param count how many
 */
public record TrainingLength(Unit unit, int count) {

    public enum Unit { EPOCHS, ITERATIONS }

    public static TrainingLength epochs(int count) {
        return new TrainingLength(Unit.EPOCHS, count);
    }

    public static TrainingLength iterations(int count) {
        return new TrainingLength(Unit.ITERATIONS, count);
    }

    /** Total mini-batch steps for a training part of {@code batchesPerEpoch} mini-batches. */
    public long totalIterations(int batchesPerEpoch) {
        return unit == Unit.ITERATIONS ? count : (long) count * batchesPerEpoch;
    }
}
