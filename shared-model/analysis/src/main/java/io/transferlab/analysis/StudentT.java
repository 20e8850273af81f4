package io.transferlab.analysis;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Student's t distribution as the findings and intervals use it, from Apache Commons Statistics (exact at every
 * degree of freedom, where a table and an expansion were not).
 */
public final class StudentT {

    private StudentT() {
    }

    /** Half the width of the 95% confidence interval of a mean over {@code count} values; 0 for fewer than two. */
    public static double halfWidth95(double std, int count) {
        return count < 2 ? 0 : critical95(count - 1) * std / Math.sqrt(count);
    }

    /** t(0.975, df): the two-sided 95% critical value. */
    public static double critical95(int degreesOfFreedom) {
        return quantile(0.975, degreesOfFreedom);
    }

    /** The value below which T falls with probability {@code p}. */
    public static double quantile(double p, int degreesOfFreedom) {
        return of(degreesOfFreedom).inverseCumulativeProbability(p);
    }

    /** P(T >= t) for T with {@code df} degrees of freedom. */
    public static double upperTail(double t, int degreesOfFreedom) {
        return Double.isNaN(t) ? Double.NaN : of(degreesOfFreedom).survivalProbability(t);
    }

    private static TDistribution of(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1: " + degreesOfFreedom);
        }
        return TDistribution.of(degreesOfFreedom);
    }
}
