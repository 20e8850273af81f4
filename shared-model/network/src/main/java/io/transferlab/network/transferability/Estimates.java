package io.transferlab.network.transferability;

/**
 * The estimates at one depth n for one seed, each on baseA's layer-n features and, as the RnB control, on a random
 * net's: the linear probe's validation accuracy (the cheap stand-in for AnB), LogME and H-score for B's labels on B's
 * training images, and the linear CKA of each against baseB's layer-n features on B's validation images (how general
 * layer n is).
 */
public record Estimates(int depth, double probeA, double probeRandom, double logMeA, double logMeRandom,
                        double hScoreA, double hScoreRandom, double ckaAB, double ckaRandomB, Costs costs) {

    /**
     * Wall-clock nanoseconds each step took at this depth, over all the nets it ran on: features for three nets
     * (baseA's and the random net's on the training and validation images, baseB's on the validation images), every
     * estimator for two (baseA and the random net).
     */
    public record Costs(long features, long probe, long logMe, long hScore, long cka) {
    }
}
