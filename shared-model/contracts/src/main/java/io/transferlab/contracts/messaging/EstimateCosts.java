package io.transferlab.contracts.messaging;

/**
 * Wall-clock seconds the estimates of one depth (or, summed, of one seed) took, by step.
 *
 * @param features the layer's features: baseA's and the random net's on B's training and validation images, baseB's
 *                 on the validation images
 * @param probe    both linear probes (baseA's features, the random net's)
 * @param logMe    both LogMEs
 * @param hScore   both H-scores
 * @param cka      both CKAs
 */
public record EstimateCosts(double features, double probe, double logMe, double hScore, double cka) {

    public static final EstimateCosts NONE = new EstimateCosts(0, 0, 0, 0, 0);

    public double total() {
        return features + probe + logMe + hScore + cka;
    }

    public EstimateCosts plus(EstimateCosts other) {
        return new EstimateCosts(features + other.features, probe + other.probe, logMe + other.logMe,
                hScore + other.hScore, cka + other.cka);
    }

    public EstimateCosts dividedBy(double n) {
        return new EstimateCosts(features / n, probe / n, logMe / n, hScore / n, cka / n);
    }
}
