package io.transferlab.contracts.spec;

/**
 * How many images of a part to keep: all of them, or a stratified subset of at most {@code count}.
 *
 * @param all   keep every image; count is then 0
 * @param count the most images kept when not all
 */
public record ImageLimit(boolean all, int count) {

    public static final ImageLimit ALL = new ImageLimit(true, 0);

    public static ImageLimit atMost(int count) {
        return new ImageLimit(false, count);
    }

    /** A request's limit: null keeps all. */
    static ImageLimit of(Integer count) {
        return count == null ? ALL : atMost(count);
    }
}
