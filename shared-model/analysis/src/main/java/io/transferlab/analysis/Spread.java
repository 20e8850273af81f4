package io.transferlab.analysis;

/**
 * Mean and sample standard deviation (n - 1) of a set of values.
 *
 * @param mean  the mean
 * @param std   the sample standard deviation; 0 for a single value, which has no spread
 * @param count how many values
 */
public record Spread(double mean, double std, int count) {

    public static Spread of(double[] values) {
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
