package io.transferlab.analysis.findings;

import io.transferlab.contracts.spec.Variant;

/**
 * One part of a measure: a variant's accuracy averaged over a window of depths (a base net: depth 0), with a sign.
 * Means over windows, never the min or max of noisy cells, keep a measure unbiased: on nets with no effect its
 * expected value is 0.
 */
record Term(double sign, Variant variant, int from, int to) {

    static Term plus(Variant variant, int from, int to) {
        return new Term(1, variant, from, to);
    }

    static Term minus(Variant variant, int from, int to) {
        return new Term(-1, variant, from, to);
    }

    static Term plusBase(Variant base) {
        return new Term(1, base, 0, 0);
    }

    static Term minusBase(Variant base) {
        return new Term(-1, base, 0, 0);
    }

    boolean covers(int depth) {
        return depth >= from && depth <= to;
    }
}
