package io.transferlab.analysis;

/**
 * Mean and sample standard deviation (n - 1) of a set of values.
 *
 * @param mean  the mean
 * @param std   the sample standard deviation; 0 for a single value, which has no spread
 * @param count how many values
 */
public record Spread(double mean, double std, int count) {

    /** Of no values at all: mean NaN (nothing was measured), not 0 (a net that got nothing right). */
    public static Spread of(double[] values) {
        if (values.length == 0) {
            return new Spread(Double.NaN, 0, 0);
        }
        double mean = 0;
        for (double value : values) {
            mean += value / values.length;
        }
        if (values.length < 2) {
            return new Spread(mean, 0, values.length);
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return new Spread(mean, Math.sqrt(squares / (values.length - 1)), values.length);
    }
}
