package io.transferlab.contracts.spec;

/**
 * How each net is trained. In a request every field may be left out; the profile fills what is missing.
 *
 * @param epochs             passes over the target half's training part (exclusive with iterations)
 * @param iterations         mini-batch steps (exclusive with epochs)
 * @param batchSize          images per mini-batch
 * @param learningRate       initial learning rate
 * @param lrDecay            factor the learning rate is multiplied by at every step of the schedule
 * @param lrStepIterations   iterations between two steps of the schedule
 * @param momentum           SGD momentum
 * @param weightDecay        L2 weight decay
 * @param dropout            drop probability after the two hidden dense layers (0 disables)
 * @param trainImagesPerHalf at most this many training images per half (a stratified subset); null keeps all
 * @param checkpointEvery    iterations between mid-training checkpoints (a crash loses at most this many)
 * @param trainImagesB       at most this many training images in half B, the target of AnB, AnB+ and baseB; null
 *                           keeps as many as trainImagesPerHalf does (a study over the target set's size sets it)
 */
public record TrainingBudget(Integer epochs, Integer iterations, Integer batchSize, Double learningRate,
                             Double lrDecay, Integer lrStepIterations, Double momentum, Double weightDecay,
                             Double dropout, Integer trainImagesPerHalf, Integer checkpointEvery,
                             Integer trainImagesB) {

    /** This budget with every missing field taken from {@code defaults}; epochs and iterations travel together. */
    public TrainingBudget orElse(TrainingBudget defaults) {
        boolean ownLength = epochs != null || iterations != null;
        return new TrainingBudget(
                ownLength ? epochs : defaults.epochs,
                ownLength ? iterations : defaults.iterations,
                batchSize != null ? batchSize : defaults.batchSize,
                learningRate != null ? learningRate : defaults.learningRate,
                lrDecay != null ? lrDecay : defaults.lrDecay,
                lrStepIterations != null ? lrStepIterations : defaults.lrStepIterations,
                momentum != null ? momentum : defaults.momentum,
                weightDecay != null ? weightDecay : defaults.weightDecay,
                dropout != null ? dropout : defaults.dropout,
                trainImagesPerHalf != null ? trainImagesPerHalf : defaults.trainImagesPerHalf,
                checkpointEvery != null ? checkpointEvery : defaults.checkpointEvery,
                trainImagesB != null ? trainImagesB : defaults.trainImagesB);
    }
}
