package io.transferlab.contracts.messaging;

/**
 * Transfer predicted at one depth n for one seed, without training a transfer net: each estimator on the final
 * baseA's layer-n features and, as the RnB control, on a random net's (baseB's initial weights, which RnB's prefix
 * keeps), for half B's images. See {@link TransferEstimator} for what each number is.
 *
 * @param depth        n, the number of weight layers whose features are scored
 * @param probeA       linear probe's accuracy on B's validation images, on baseA's features
 * @param probeRandom  the same on the random net's features
 * @param logMeA       LogME of baseA's features for B's training labels (per image, higher is better)
 * @param logMeRandom  the same on the random net's features
 * @param hScoreA      H-score of baseA's features for B's training labels
 * @param hScoreRandom the same on the random net's features
 * @param ckaAB        linear CKA between baseA's and baseB's layer-n features of B's validation images
 * @param ckaRandomB   linear CKA between the random net's and baseB's
 * @param costs        what computing them took
 */
public record DepthEstimates(int depth, double probeA, double probeRandom, double logMeA, double logMeRandom,
                             double hScoreA, double hScoreRandom, double ckaAB, double ckaRandomB,
                             EstimateCosts costs) {
}
