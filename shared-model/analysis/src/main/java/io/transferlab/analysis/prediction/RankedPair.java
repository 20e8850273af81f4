package io.transferlab.analysis.prediction;

/**
 * One seed's estimates and measured scores over the same depths, in the same order: the unit the rank agreement
 * averages over and resamples.
 *
 * @param estimate an estimator's value at each depth
 * @param measured the transfer net's measured score at each depth
 */
public record RankedPair(double[] estimate, double[] measured) {

    public RankedPair {
        if (estimate.length != measured.length) {
            throw new IllegalArgumentException(estimate.length + " estimates against " + measured.length + " scores");
        }
        estimate = estimate.clone();
        measured = measured.clone();
    }

    /** A copy: the pair is immutable. */
    @Override
    public double[] estimate() {
        return estimate.clone();
    }

    /** A copy: the pair is immutable. */
    @Override
    public double[] measured() {
        return measured.clone();
    }

    /** This seed's Kendall tau-b; NaN where it is undefined ({@link KendallTau#tauB}). */
    public double tau() {
        return KendallTau.tauB(estimate, measured);
    }
}
