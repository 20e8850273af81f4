package io.transferlab.analysis.findings;

/** Two-sided 95% critical values of Student's t distribution, the threshold of the verdict rule. */
final class StudentT {

    /** t(0.975, df) for df = 1..30. */
    private static final double[] CRITICAL = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
            2.056, 2.052, 2.048, 2.045, 2.042};
    private static final double Z = 1.959964;

    private StudentT() {
    }

    /** Beyond the table, the first term of the Cornish-Fisher expansion: within 0.001 of the exact value. */
    static double critical95(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1: " + degreesOfFreedom);
        }
        if (degreesOfFreedom <= CRITICAL.length) {
            return CRITICAL[degreesOfFreedom - 1];
        }
        return Z + (Z * Z * Z + Z) / (4.0 * degreesOfFreedom);
    }
}
