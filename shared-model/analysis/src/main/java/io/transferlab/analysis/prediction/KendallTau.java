package io.transferlab.analysis.prediction;

/**
 * Kendall's rank correlation with the tie correction tau-b (Kendall 1938, "A new measure of rank correlation";
 * Kendall 1945, "The treatment of ties in ranking problems"): (concordant - discordant) pairs over the geometric mean
 * of the pairs untied in x and untied in y. It asks only whether two orderings agree, which is all a transferability
 * estimate promises: its scale is not an accuracy's.
 */
public final class KendallTau {

    private KendallTau() {
    }

    /**
     * Tau-b of the paired values, in [-1, 1]; NaN for fewer than two pairs, for a non-finite value, or where x or y
     * is all one value (no order to agree with).
     */
    public static double tauB(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " values against " + y.length);
        }
        long concordant = 0;
        long discordant = 0;
        long untiedX = 0;
        long untiedY = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                return Double.NaN;
            }
            for (int j = i + 1; j < x.length; j++) {
                int sx = order(x[i], x[j]);
                int sy = order(y[i], y[j]);
                untiedX += sx != 0 ? 1 : 0;
                untiedY += sy != 0 ? 1 : 0;
                if (sx * sy > 0) {
                    concordant++;
                } else if (sx * sy < 0) {
                    discordant++;
                }
            }
        }
        if (untiedX == 0 || untiedY == 0) {
            return Double.NaN;
        }
        return (concordant - discordant) / Math.sqrt((double) untiedX * untiedY);
    }

    /** -1, 0 or 1 as a is below, equal to or above b (0.0 and -0.0 tie, unlike {@link Double#compare}). */
    static int order(double a, double b) {
        return a < b ? -1 : a > b ? 1 : 0;
    }
}
