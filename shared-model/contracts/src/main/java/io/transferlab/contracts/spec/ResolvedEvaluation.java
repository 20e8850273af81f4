package io.transferlab.contracts.spec;

/**
 * How nets are scored, every value known: a request's {@link EvaluationSettings} over its profile's, validated.
 *
 * @param validateEvery    iterations between two validation passes during training
 * @param bestK            the paper reports the mean of the best k validation scores
 * @param validationImages how many validation images per half to keep (stratified)
 * @param testImages       how many held-out test images per half to keep (stratified)
 */
public record ResolvedEvaluation(int validateEvery, int bestK, ImageLimit validationImages, ImageLimit testImages) {

    /** Complete settings: every field but the image limits given. */
    static ResolvedEvaluation of(EvaluationSettings e) {
        return new ResolvedEvaluation(e.validateEvery(), e.bestK(), ImageLimit.of(e.validationImages()),
                ImageLimit.of(e.testImages()));
    }
}
