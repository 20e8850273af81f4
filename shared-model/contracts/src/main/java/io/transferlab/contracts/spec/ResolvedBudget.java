package io.transferlab.contracts.spec;

/**
 * How each net is trained, every value known: a request's {@link TrainingBudget} over its profile's, validated.
 *
 * @param length             epochs or iterations
 * @param batchSize          images per mini-batch
 * @param learningRate       initial learning rate
 * @param lrDecay            factor the learning rate is multiplied by at every step of the schedule
 * @param lrStepIterations   iterations between two steps of the schedule
 * @param momentum           SGD momentum
 * @param weightDecay        L2 weight decay
 * @param dropout            drop probability after the two hidden dense layers (0 disables)
 * @param trainImagesPerHalf how many training images per half to keep (a stratified subset)
 * @param checkpointEvery    iterations between mid-training checkpoints (a crash loses at most this many)
 * @param trainImagesB       how many training images of half B to keep: the target set of AnB, AnB+ and baseB
 */
public record ResolvedBudget(TrainingLength length, int batchSize, double learningRate, double lrDecay,
                             int lrStepIterations, double momentum, double weightDecay, double dropout,
                             ImageLimit trainImagesPerHalf, int checkpointEvery, ImageLimit trainImagesB) {

    /**
     * A complete budget (a profile's, or a validated request's over its profile's): exactly one of epochs and
     * iterations, every other field but the image limit given.
     */
    public static ResolvedBudget of(TrainingBudget b) {
        TrainingLength length = b.iterations() != null ? TrainingLength.iterations(b.iterations())
                : TrainingLength.epochs(b.epochs());
        return new ResolvedBudget(length, b.batchSize(), b.learningRate(), b.lrDecay(), b.lrStepIterations(),
                b.momentum(), b.weightDecay(), b.dropout(), ImageLimit.of(b.trainImagesPerHalf()),
                b.checkpointEvery(), ImageLimit.of(b.trainImagesB() != null ? b.trainImagesB() : b.trainImagesPerHalf()));
    }

    /** Total mini-batch steps for a training part of {@code trainImages} images. */
    public long totalIterations(int trainImages) {
        return length.totalIterations(batchesPerEpoch(trainImages));
    }

    public int batchesPerEpoch(int trainImages) {
        return (trainImages + batchSize - 1) / batchSize;
    }
}
