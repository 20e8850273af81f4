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

    /** A budget with every field left out: the profile's, once {@link #orElse} has filled it. */
    public static Builder builder() {
        return new Builder();
    }

    /** This budget to change a few fields of; the record itself stays as it is. */
    public Builder toBuilder() {
        Builder copy = new Builder();
        copy.epochs = epochs;
        copy.iterations = iterations;
        copy.batchSize = batchSize;
        copy.learningRate = learningRate;
        copy.lrDecay = lrDecay;
        copy.lrStepIterations = lrStepIterations;
        copy.momentum = momentum;
        copy.weightDecay = weightDecay;
        copy.dropout = dropout;
        copy.trainImagesPerHalf = trainImagesPerHalf;
        copy.checkpointEvery = checkpointEvery;
        copy.trainImagesB = trainImagesB;
        return copy;
    }

    /** Names each field it sets, so that a budget is never written as twelve positional values. */
    public static final class Builder {
        private Integer epochs;
        private Integer iterations;
        private Integer batchSize;
        private Double learningRate;
        private Double lrDecay;
        private Integer lrStepIterations;
        private Double momentum;
        private Double weightDecay;
        private Double dropout;
        private Integer trainImagesPerHalf;
        private Integer checkpointEvery;
        private Integer trainImagesB;

        public Builder epochs(Integer value) {
            epochs = value;
            return this;
        }

        public Builder iterations(Integer value) {
            iterations = value;
            return this;
        }

        public Builder batchSize(Integer value) {
            batchSize = value;
            return this;
        }

        public Builder learningRate(Double value) {
            learningRate = value;
            return this;
        }

        public Builder lrDecay(Double value) {
            lrDecay = value;
            return this;
        }

        public Builder lrStepIterations(Integer value) {
            lrStepIterations = value;
            return this;
        }

        public Builder momentum(Double value) {
            momentum = value;
            return this;
        }

        public Builder weightDecay(Double value) {
            weightDecay = value;
            return this;
        }

        public Builder dropout(Double value) {
            dropout = value;
            return this;
        }

        public Builder trainImagesPerHalf(Integer value) {
            trainImagesPerHalf = value;
            return this;
        }

        public Builder checkpointEvery(Integer value) {
            checkpointEvery = value;
            return this;
        }

        public Builder trainImagesB(Integer value) {
            trainImagesB = value;
            return this;
        }

        public TrainingBudget build() {
            return new TrainingBudget(epochs, iterations, batchSize, learningRate, lrDecay, lrStepIterations,
                    momentum, weightDecay, dropout, trainImagesPerHalf, checkpointEvery, trainImagesB);
        }
    }
}
