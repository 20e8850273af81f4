package io.transferlab.contracts.spec;

/**
 * How nets are scored.
 *
 * @param validateEvery    iterations between two validation passes during training
 * @param bestK            the paper reports the mean of the best k validation scores (k = 10)
 * @param validationImages at most this many validation images per half (stratified); null keeps all
 * @param testImages       at most this many held-out test images per half (stratified); null keeps all
 */
public record EvaluationSettings(Integer validateEvery, Integer bestK, Integer validationImages, Integer testImages) {

    public EvaluationSettings orElse(EvaluationSettings defaults) {
        return new EvaluationSettings(
                validateEvery != null ? validateEvery : defaults.validateEvery,
                bestK != null ? bestK : defaults.bestK,
                validationImages != null ? validationImages : defaults.validationImages,
                testImages != null ? testImages : defaults.testImages);
    }
}
