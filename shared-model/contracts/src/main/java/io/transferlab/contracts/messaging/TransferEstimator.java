package io.transferlab.contracts.messaging;

import java.util.function.ToDoubleFunction;

/**
 * The transferability estimators, each read from {@link DepthEstimates} on baseA's features and on the random
 * control's. All are oriented alike: higher predicts better transfer (or, for CKA, a more general layer).
 */
public enum TransferEstimator {
    /** Alain and Bengio 2016: a linear classifier on frozen features; the cheap stand-in for AnB. */
    PROBE("probe", "linear probe accuracy", DepthEstimates::probeA, DepthEstimates::probeRandom),
    /** You et al. 2021: the evidence of a Bayesian linear model of the labels on the features, per image. */
    LOGME("logMe", "LogME", DepthEstimates::logMeA, DepthEstimates::logMeRandom),
    /** Bao et al. 2019: how much of the features' variance the classes explain. */
    H_SCORE("hScore", "H-score", DepthEstimates::hScoreA, DepthEstimates::hScoreRandom),
    /** Kornblith et al. 2019: how alike baseA's and baseB's layer-n representations are (how general the layer is). */
    CKA("cka", "linear CKA with baseB", DepthEstimates::ckaAB, DepthEstimates::ckaRandomB);

    private final String key;
    private final String title;
    private final ToDoubleFunction<DepthEstimates> onA;
    private final ToDoubleFunction<DepthEstimates> onRandom;

    TransferEstimator(String key, String title, ToDoubleFunction<DepthEstimates> onA,
                      ToDoubleFunction<DepthEstimates> onRandom) {
        this.key = key;
        this.title = title;
        this.onA = onA;
        this.onRandom = onRandom;
    }

    /** Stable name in messages and CSV columns. */
    public String key() {
        return key;
    }

    /** The estimator of a key, as {@link #key()} gives it. */
    public static TransferEstimator of(String key) {
        for (TransferEstimator estimator : values()) {
            if (estimator.key.equals(key)) {
                return estimator;
            }
        }
        throw new IllegalArgumentException("no estimator '" + key + "'");
    }

    public String title() {
        return title;
    }

    /** Its value on baseA's features. */
    public double onA(DepthEstimates estimates) {
        return onA.applyAsDouble(estimates);
    }

    /** Its value on the random control's features. */
    public double onRandom(DepthEstimates estimates) {
        return onRandom.applyAsDouble(estimates);
    }
}
