package io.transferlab.contracts.spec;

/**
 * Derives the seeds of independent random streams from a seed and a stream number, the one way every module does, so
 * that a stream named the same in two places is the same stream.
 */
public final class Seeds {

    private Seeds() {
    }

    /** Decorrelates nearby (seed, stream) pairs; SplitMix64's finaliser. */
    public static long mix(long seed, long stream) {
        long z = seed * 0x9E3779B97F4A7C15L + stream;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
